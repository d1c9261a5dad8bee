import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { clientOptions, serverExecutable, settingsSection } from './client-options';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async event => {
        // The other settings reach the running server by themselves; another command needs another process.
        if (event.affectsConfiguration(`${settingsSection}.path`)) {
            await stop();
            await start();
        }
    }));
    await start();
}

export function deactivate(): Promise<void> {
    return stop();
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
