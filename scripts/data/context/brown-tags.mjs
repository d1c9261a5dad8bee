// Brown tag -> Galley tag mapping, shared by build.mjs and heldout-tags.mjs.
// ---------------------------------------------------------------- tag mapping

// Brown base tag (suffixes -tl/-hl/-nc and negation * already stripped) -> Galley tag.
// 'vb', 'do', 'hv' are VB or VBP: resolved from context (Brown does not separate them).
const BASE = {
  // punctuation
  '.': 'PUNCT', ',': 'PUNCT', ':': 'PUNCT', '(': 'PUNCT', ')': 'PUNCT', '--': 'PUNCT',
  "'": 'PUNCT', "''": 'PUNCT', '``': 'PUNCT',
  // determiners, pre-quantifiers, articles
  abl: 'DET', abn: 'DET', abx: 'DET', ap: 'DET', at: 'DET', dt: 'DET', dti: 'DET', dts: 'DET',
  dtx: 'DET', wdt: 'DET', 'pp$': 'DET',
  // be / have / do
  be: 'VB', bed: 'VBD', bedz: 'VBD', beg: 'VBG', bem: 'VBP', ben: 'VBN', ber: 'VBP', bez: 'VBZ',
  hvd: 'VBD', hvg: 'VBG', hvn: 'VBN', hvz: 'VBZ',
  dod: 'VBD', doz: 'VBZ',
  // other verbs
  vbd: 'VBD', vbg: 'VBG', vbn: 'VBN', vbz: 'VBZ',
  md: 'MD',
  // conjunctions
  cc: 'CONJ', cs: 'SCONJ',
  // numbers
  cd: 'NUM', od: 'ADJ',
  // nouns
  nn: 'NOUN', nns: 'NOUN', nr: 'NOUN', nrs: 'NOUN',
  np: 'PROPN', nps: 'PROPN',
  // pronouns
  pn: 'PRON', 'pp$$': 'PRON', ppl: 'PRON', ppls: 'PRON', ppo: 'PRON', pps: 'PRON', ppss: 'PRON',
  pp: 'PRON', ex: 'PRON', 'wp$': 'PRON', wpo: 'PRON', wps: 'PRON',
  // adjectives, adverbs
  jj: 'ADJ', jjr: 'ADJ', jjs: 'ADJ', jjt: 'ADJ',
  rb: 'ADV', rbr: 'ADV', rbt: 'ADV', rn: 'ADV', ql: 'ADV', qlp: 'ADV', wql: 'ADV', wrb: 'ADV',
  '*': 'ADV',
  // adpositions, particles, interjections
  in: 'ADP', rp: 'PRT', to: 'PRT', uh: 'INTJ',
  nil: 'X',
};

// Split a raw Brown tag into base components, e.g. 'pps+bez-nc' -> ['pps','bez'],
// 'do*-hl' -> ['do'] (negated: true), 'nn$-tl' -> ['nn'], 'fw-nn' -> null (foreign).
function parseTag(raw) {
  let t = raw;
  if (t.startsWith('--')) return { parts: ['--'], foreign: false, citation: false };
  if (t.startsWith('fw-')) return { parts: [], foreign: true, citation: false };
  let citation = false;
  for (;;) {
    const m = /-(tl|hl|nc|t|n)$/.exec(t);
    if (!m) break;
    if (m[1] === 'nc') citation = true;
    t = t.slice(0, m.index);
  }
  const parts = t.split('+').map((p) => {
    if (p === '*' || p === '$') return p;
    let q = p;
    if (q.endsWith('*')) q = q.slice(0, -1); // negated: don't, wasn't, cannot
    if (q.endsWith('$') && q !== 'pp$' && q !== 'wp$' && q !== 'pp$$') q = q.slice(0, -1); // nn$ -> nn
    return q;
  });
  return { parts, foreign: false, citation };
}

const ADV_SKIP = new Set(['rb', 'rbr', 'rbt', 'rn', 'ql', 'qlp', '*']);
const AUX = new Set(['md', 'to', 'do', 'dod', 'doz']);
const NOMINATIVE = new Set(['ppss', 'pps', 'wps', 'ex']);
const OBJECTIVE = new Set(['ppo', 'ppl', 'ppls']);
const NP_MATERIAL = new Set(['nn', 'nns', 'np', 'nps', 'nr', 'nrs', 'pn', 'cd', 'od', 'jj', 'jjr', 'jjs',
  'jjt', 'at', 'dt', 'dti', 'dts', 'dtx', 'abn', 'abx', 'ap', 'pp$', 'pp$$', 'ql', 'rb']);
const isVerbish = (b) => /^(vb|vbd|vbz|vbg|vbn|be|bed|bedz|beg|bem|ben|ber|bez|hv|hvd|hvg|hvn|hvz)$/.test(b);
const isBoundary = (b) => BASE[b] === 'PUNCT' || b === 'cs' || b === 'wdt' || b === 'wrb' || b === 'uh' || b === 'in';

// Decide VB (base: infinitive, imperative, after modal/to/do) vs VBP (finite non-3sg present)
// for a Brown 'vb'/'do'/'hv' token at index i. sent[k] = { parts, tag }.
function resolveBase(sent, i) {
  const first = (k) => (sent[k].parts.length ? sent[k].parts[0] : 'fw');
  const last = (k) => (sent[k].parts.length ? sent[k].parts[sent[k].parts.length - 1] : 'fw');
  const skipAdv = (k) => { while (k >= 0 && ADV_SKIP.has(first(k)) && sent[k].parts.length === 1) k--; return k; };
  const j = skipAdv(i - 1);
  if (j < 0) return 'VB'; // sentence-initial: imperative
  const X = first(j), L = last(j);
  if (AUX.has(L) || AUX.has(X)) return 'VB'; // to go, can go, does he go, gonna go
  if (X === 'cc') { // copy the decision of the coordinated verb: "to eat and drink", "they eat and drink"
    for (let k = j - 1; k >= 0 && k >= j - 10; k--) {
      const t = sent[k].tag;
      if (t === 'VB' || t === 'VBP' || t.startsWith('VB+') || t.startsWith('VBP+')) return t.split('+')[0];
      if (BASE[first(k)] === 'PUNCT' && first(k) !== ',') break;
    }
    return 'VB';
  }
  if (isBoundary(X)) return 'VB';
  if (NOMINATIVE.has(X) || (sent[j].parts.length > 1 && NOMINATIVE.has(L))) {
    const k = skipAdv(j - 1);
    if (k >= 0 && AUX.has(last(k))) return 'VB'; // do you know, can they go
    return 'VBP';
  }
  if (OBJECTIVE.has(X)) return 'VB'; // let him go
  if (isVerbish(X)) return 'VB'; // help find, go get
  if (NP_MATERIAL.has(X) || X === 'nn' || X === 'np') {
    let k = j;
    while (k >= 0 && NP_MATERIAL.has(first(k)) && sent[k].parts.length === 1) k--;
    if (k < 0) return 'VBP'; // "The people know"
    const Y = last(k);
    if (AUX.has(Y) || AUX.has(first(k))) return 'VB'; // do the people know
    if (isVerbish(Y) || OBJECTIVE.has(Y)) return 'VB'; // let the children go
    return 'VBP';
  }
  return 'VB';
}

export function tagSentence(tokens) {
  // tokens: [{ word, raw }] -> adds { parts, tag }
  const sent = tokens.map((t) => ({ ...t, ...parseTag(t.raw) }));
  for (let i = 0; i < sent.length; i++) {
    const s = sent[i];
    if (s.foreign) { s.tag = 'X'; continue; }
    let parts = s.parts;
    // hyphenated alternatives cited as words ("stomach-belly/nn+nn-nc"): keep the first
    if (s.citation && parts.length > 1 && !s.word.includes("'")) parts = [parts[0]];
    const mapped = parts.map((p, idx) => {
      if (p === 'vb' || p === 'do' || p === 'hv') {
        if (idx === 0) return resolveBase(sent, i);
        return mapped0(parts[idx - 1]) === 'MD' ? 'VB' : 'VBP'; // shouldda -> MD+VB, I've -> PRON+VBP
      }
      const m = BASE[p];
      if (!m) throw new Error(`unmapped Brown tag component '${p}' in '${s.raw}'`);
      return m;
    });
    const dedup = mapped.filter((m, k) => k === 0 || m !== mapped[k - 1] || parts.length === 1);
    s.tag = dedup.join('+');
  }
  return sent;
}

const mapped0 = (p) => BASE[p];
export const normWord = (w) => (w === '``' || w === "''" ? '"' : w.toLowerCase());

