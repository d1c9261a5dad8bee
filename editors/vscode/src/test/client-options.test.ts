import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientOptions, documentSelector, serverExecutable, settingsSection } from '../client-options';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

test('the server is `galley lsp`, from galley.path when it is set', () => {
    assert.deepEqual(serverExecutable(undefined), { command: 'galley', args: ['lsp'] });
    assert.deepEqual(serverExecutable('  '), { command: 'galley', args: ['lsp'] });
    assert.deepEqual(serverExecutable(' /opt/galley/galley '), { command: '/opt/galley/galley', args: ['lsp'] });
});

test('galley.path defaults to the command the extension falls back on', () => {
    const configured = manifest.contributes.configuration.properties['galley.path'].default;
    assert.equal(serverExecutable(configured).command, 'galley');
});

test('the documents checked are saved and unsaved text, Markdown and HTML, and those activate the extension', () => {
    const languages = new Set(documentSelector.map(filter => (filter as { language: string }).language));
    assert.deepEqual([...languages].sort(), ['html', 'markdown', 'plaintext']);
    for (const language of languages) {
        const schemes = documentSelector.filter(f => (f as { language: string }).language === language).map(f => (f as { scheme: string }).scheme);
        assert.deepEqual(schemes.sort(), ['file', 'untitled'], language);
    }
    const activation = (manifest.activationEvents as string[]).map(event => event.replace(/^onLanguage:/, '')).sort();
    assert.deepEqual(activation, [...languages].sort());
});

test('the client sends the server every galley.* setting the extension contributes', () => {
    const options = clientOptions();
    assert.equal(options.documentSelector, documentSelector);
    assert.equal(options.synchronize?.configurationSection, settingsSection);
    const contributed = Object.keys(manifest.contributes.configuration.properties);
    assert.ok(contributed.length > 1);
    for (const key of contributed) assert.ok(key.startsWith(`${settingsSection}.`), key);
});
