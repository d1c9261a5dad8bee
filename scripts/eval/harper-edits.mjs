// Runs Harper (npm package harper.js) over a file and prints one JSON object per lint, as the shared peer runner
// (../shared/bench/peers/harper.mjs) does: {"start","end","text","kind","message","suggestions"} with UTF-16 offsets,
// plus "suggestion_kinds" ("replace", "remove" or "insert-after" per suggestion), so `galley eval` can tell a
// suggestion that inserts after the span from one that replaces it.
// usage: node harper-edits.mjs FILE   (run from a folder whose node_modules holds harper.js; quality.sh arranges it)
import { readFileSync } from 'node:fs';
import { LocalLinter, Dialect, SuggestionKind } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';

const file = process.argv.slice(2).find(a => !a.startsWith('--'));
const text = readFileSync(file, 'utf8');
const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
await linter.setup();

const cpToUtf16 = [];
{ let u = 0, i = 0; for (const ch of text) { cpToUtf16[i++] = u; u += ch.length; } cpToUtf16[i] = u; }

const kindName = k => k === SuggestionKind.InsertAfter ? 'insert-after' : k === SuggestionKind.Remove ? 'remove' : 'replace';
const lints = await linter.lint(text, { language: 'plaintext' });
for (const l of lints) {
  const sp = l.span();
  const s = cpToUtf16[sp.start], e = cpToUtf16[sp.end];
  const suggestions = l.suggestions();
  console.log(JSON.stringify({ start: s, end: e, text: text.slice(s, e), kind: l.lint_kind(), message: l.message(),
    suggestions: suggestions.map(x => x.get_replacement_text()), suggestion_kinds: suggestions.map(x => kindName(x.kind())) }));
}
console.error(`harper: ${lints.length} lints`);
