// What the extension hands vscode-languageclient, kept apart from extension.ts (which needs the editor's `vscode`
// module) so that plain Node can test it and start the real server with it.
import type { DocumentFilter, Executable, LanguageClientOptions } from 'vscode-languageclient/node';

/** The VS Code languages Galley checks; the server picks its reader by the file's extension, else by these names. */
export const checkedLanguages = ['plaintext', 'markdown', 'html'] as const;

/** Saved files and new, unsaved ones; not the other schemes (git history, output panes) that also carry these languages. */
const checkedSchemes = ['file', 'untitled'] as const;

export const documentSelector: DocumentFilter[] = checkedLanguages.flatMap(language =>
    checkedSchemes.map(scheme => ({ scheme, language })));

/** The settings section the client sends the server, as {"galley": {...}}, on start and on every change. */
export const settingsSection = 'galley';

/** `galley lsp` run from the configured command; with no transport given, the client talks to it over stdio. */
export function serverExecutable(configuredPath: string | undefined): Executable {
    const command = configuredPath?.trim() || 'galley';
    return { command, args: ['lsp'] };
}

export function clientOptions(): LanguageClientOptions {
    return {
        documentSelector,
        synchronize: { configurationSection: settingsSection },
    };
}
