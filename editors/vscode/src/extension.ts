import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { clientOptions, serverExecutable, settingsSection } from './client-options';

let client: LanguageClient | undefined;

// Starts and stops run one after another: a client can be stopped only once it has finished starting.
let lifecycle: Promise<void> = Promise.resolve();
function serially(step: () => Promise<void>): Promise<void> {
    lifecycle = lifecycle.then(step, step);
    return lifecycle;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
        // The other settings reach the running server by themselves; another command needs another process.
        if (event.affectsConfiguration(`${settingsSection}.path`)) void serially(async () => { await stop(); await start(); });
    }));
    await serially(start);
}

export function deactivate(): Promise<void> {
    return serially(stop);
}

async function start(): Promise<void> {
    const executable = serverExecutable(vscode.workspace.getConfiguration(settingsSection).get<string>('path'));
    client = new LanguageClient('galley', 'Galley', executable, clientOptions());
    try {
        await client.start();
    } catch (error) {
        client = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(
            `Galley could not start "${executable.command} lsp" (${reason}). Install galley, or set galley.path to its full path.`);
    }
}

async function stop(): Promise<void> {
    const running = client;
    client = undefined;
    if (running?.isRunning()) await running.stop();
}
