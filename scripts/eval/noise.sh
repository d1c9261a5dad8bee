#!/usr/bin/env bash
# Warning/error flags per 1,000 words on edited fiction, by rule: the PDNC novels (../shared/eval/pdnc) and,
# when it has been made (scripts/eval/false-flags.sh --brown heldout), the held-out Brown fiction.
# Every such flag on edited text is counted as a false alarm (an upper bound: the texts have a few real typos).
#
# usage: scripts/eval/noise.sh [--show RULE[,RULE...]] [FILE...]
#   with no FILE: every PDNC novel and the Brown held-out text;
#   --show: print each flag of those rules with its context, to read what a rule gets wrong.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
# the shared folder sits beside the main checkout (a git worktree elsewhere finds it through the common git dir)
main="$(cd "$(git -C "$repo" rev-parse --git-common-dir)/.." && pwd)"
shared="${GALLEY_SHARED:-$main/../shared}"
cache="${GALLEY_EVAL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/galley-eval}"
show=""
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --show) show="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  files=("$shared"/eval/pdnc/*/novel_text.txt)
  [ -f "$cache/brown-heldout.txt" ] && files+=("$cache/brown-heldout.txt")
fi
galley="$repo/src/Galley.Cli/bin/Release/net10.0/galley.dll"
[ -f "$galley" ] || dotnet build "$repo/src/Galley.Cli" -c Release -v quiet -nologo >/dev/null
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
i=0
for f in "${files[@]}"; do
  i=$((i + 1))
  dotnet "$galley" check "$f" --format json --min-severity warning > "$work/$i.json" || [ $? -eq 1 ]
  echo "$f" > "$work/$i.name"
done
python3 - "$work" "$i" "$show" <<'PY'
import json, sys, collections, os
work, n, show = sys.argv[1], int(sys.argv[2]), set(filter(None, sys.argv[3].split(",")))
total_words = total_flags = 0
pdnc_words = pdnc_flags = 0
by_rule = collections.Counter()
for i in range(1, n + 1):
    name = open(f"{work}/{i}.name").read().strip()
    text = open(name, encoding="utf-8", errors="replace").read()
    words = len(text.split())
    diags = [d for d in json.load(open(f"{work}/{i}.json"))["diagnostics"] if d["severity"] in ("warning", "error")]
    label = os.path.basename(os.path.dirname(name)) if name.endswith("novel_text.txt") else os.path.basename(name)
    print(f"{label:<28} {words:>7} words {len(diags):>5} flags {1000 * len(diags) / words:6.2f} per 1k")
    total_words += words; total_flags += len(diags)
    if name.endswith("novel_text.txt"):
        pdnc_words += words; pdnc_flags += len(diags)
    for d in diags:
        by_rule[(d["rule"], d.get("name", ""))] += 1
        if d["rule"] in show:
            context = text[max(0, d["start"] - 50):d["end"] + 50].replace("\n", " ")
            print(f"    {d['rule']} {label}: {d.get('text', '')!r} -> {d.get('suggestions', [''])[:1]} | {context}")
if pdnc_words:
    print(f"PDNC pooled: {pdnc_flags} flags in {pdnc_words} words, {1000 * pdnc_flags / pdnc_words:.2f} per 1k")
print(f"all: {total_flags} flags in {total_words} words, {1000 * total_flags / total_words:.2f} per 1k")
for (rule, rname), c in by_rule.most_common():
    print(f"  {rule} {rname:<32} {c:>5} {1000 * c / total_words:6.2f}")
PY
