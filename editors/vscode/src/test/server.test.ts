// Starts the real `galley lsp` the way vscode-languageclient does for a command with no transport (spawned with the
// extension's arguments, spoken to over stdio), and sends what the client sends: initialize, the galley settings, didOpen.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { serverExecutable, settingsSection } from '../client-options';

interface Diagnostic { code?: string | number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
interface Published { uri: string; version?: number; diagnostics: Diagnostic[] }

/** GALLEY_PATH, else this checkout's latest build, else nothing (the test is then skipped, saying why). */
function galleyCommand(): string | undefined {
    if (process.env.GALLEY_PATH) return process.env.GALLEY_PATH;
    const repository = join(__dirname, '..', '..', '..', '..');
    return ['Release', 'Debug']
        .map(configuration => join(repository, 'src', 'Galley.Cli', 'bin', configuration, 'net10.0', 'galley'))
        .filter(existsSync)
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

const galley = galleyCommand();

function nextDiagnostics(connection: MessageConnection, uri: string): Promise<Diagnostic[]> {
    return new Promise(resolve => {
        const listener = connection.onNotification('textDocument/publishDiagnostics', (published: Published) => {
            if (published.uri !== uri) return;
            listener.dispose();
            resolve(published.diagnostics);
        });
    });
}

function covers(diagnostic: Diagnostic, line: string, word: string): boolean {
    const start = line.indexOf(word);
    return diagnostic.range.start.line === 0 && diagnostic.range.start.character === start
        && diagnostic.range.end.character === start + word.length;
}

test('the extension\'s server command checks an opened document and follows the galley settings', { skip: galley ? false : 'no galley build (set GALLEY_PATH or run dotnet build)', timeout: 120_000 }, async () => {
    const executable = serverExecutable(galley);
    const server = spawn(executable.command, executable.args ?? [], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    try {
        const folder = mkdtempSync(join(tmpdir(), 'galley-vscode-'));
        const uri = pathToFileURL(join(folder, 'chapter.txt')).href;
        const line = 'She wimpered in the dark, and the harbor was quiet.';

        await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
        await connection.sendNotification('initialized', {});
        // vscode-languageclient sends the section's values nested under its name.
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { [settingsSection]: { dialect: 'auto', disabledRules: [] } } });
        const first = nextDiagnostics(connection, uri);
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: line + '\n' } });
        const misspelling = (await first).find(d => covers(d, line, 'wimpered'));
        assert.equal(misspelling?.code, 'GL0001');

        const again = nextDiagnostics(connection, uri);
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { [settingsSection]: { disabledRules: ['GL0001'] } } });
        assert.equal((await again).some(d => d.code === 'GL0001'), false);

        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
    } finally {
        connection.dispose();
        if (server.exitCode === null) server.kill();
    }
});
