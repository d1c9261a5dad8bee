#!/usr/bin/env bash
# Measures Galley and Harper side by side on JFLEG (M2) and on the annotated fiction drafts in eval/fiction/ and the
# held-out eval/fiction-heldout/ and eval/fiction-heldout2/, and prints the tables that docs/quality.md reports. Re-runnable: builds Galley,
# installs the peers once into a cache folder outside the repository, then takes a few minutes (Harper is most of it).
#
# usage: scripts/eval/quality.sh [--galley-only] [--quick]     (--quick: JFLEG dev only)
# env:   GALLEY_SHARED   folder holding eval/ and bench/peers/ (default: ../shared beside the repository)
#        GALLEY_PEERS    cache folder for the peers' node_modules (default: ~/.cache/galley-eval-peers)
#        GALLEY_EVAL_ARGS extra options for every Galley run, e.g. "--min-severity warning"
#        GALLEY_BROWN    unannotated held-out fiction for counting false flags (default: /work/tools/brown/heldout.txt)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${GALLEY_SHARED:-$root/../shared}"
peers="${GALLEY_PEERS:-${XDG_CACHE_HOME:-$HOME/.cache}/galley-eval-peers}"
galley_only=0; quick=0
for arg in "$@"; do
  case "$arg" in
    --galley-only) galley_only=1 ;;
    --quick) quick=1 ;;
    *) echo "usage: $0 [--galley-only] [--quick]" >&2; exit 2 ;;
  esac
done
[ -d "$shared/eval" ] || { echo "quality.sh: no evaluation data at $shared/eval (set GALLEY_SHARED)" >&2; exit 2; }

echo "Building Galley…" >&2
dotnet build "$root/src/Galley.Cli" -c Release -nologo -v quiet >&2
galley="$root/src/Galley.Cli/bin/Release/net10.0/galley"
cd "$root"
read -r -a extra <<< "${GALLEY_EVAL_ARGS:-}"

peer=()
if [ "$galley_only" = 0 ]; then
  # Install the peers' pinned packages (harper.js…) into the cache once; reinstall when package.json changes.
  mkdir -p "$peers"
  if ! cmp -s "$shared/bench/peers/package.json" "$peers/package.json" || [ ! -d "$peers/node_modules/harper.js" ]; then
    echo "Installing peers into $peers…" >&2
    cp "$shared/bench/peers/package.json" "$peers/package.json"
    (cd "$peers" && npm install --no-audit --no-fund --loglevel=error >&2)
  fi
  # The runner must sit beside node_modules for Node to resolve harper.js.
  cp "$root/scripts/eval/harper-edits.mjs" "$peers/harper-edits.mjs"
  peer=(--peer-command "node '$peers/harper-edits.mjs' {file}")
fi

m2_files=("$shared/eval/jfleg-dev.m2")
[ "$quick" = 1 ] || m2_files+=("$shared/eval/jfleg-test.m2")

section() { printf '\n## %s\n\n' "$1"; }
summary=()
# run LABEL COMMAND…: prints the command's report and keeps its "all" row for the summary at the end.
run() {
  local label="$1"; shift
  section "$label"
  local report
  report="$("$@")"
  printf '%s\n' "$report"
  summary+=("| $label | $(grep '^| \*\*all\*\* |' <<< "$report" | cut -d'|' -f3-)")
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for m2 in "${m2_files[@]}"; do
  run "$(basename "$m2"): Galley" "$galley" eval m2 "$m2" "${extra[@]}"
  [ "$galley_only" = 1 ] || run "$(basename "$m2"): Harper" "$galley" eval m2 "$m2" "${peer[@]}"
  # A human ceiling: the first reference correction (the TSV's ref0, annotator 0) scored against the other three.
  tsv="${m2%.m2}.tsv"
  if [ -f "$tsv" ]; then
    tail -n +2 "$tsv" | cut -f2 > "$work/ref0.txt"
    run "$(basename "$m2"): a human (ref0 against annotators 1-3)" "$galley" eval m2 "$m2" --hypothesis "$work/ref0.txt" --exclude-annotator 0
  fi
done

run "eval/fiction: Galley" "$galley" eval fiction eval/fiction/*.txt --by-rule "${extra[@]}"
run "eval/fiction: Galley, warnings and errors" "$galley" eval fiction eval/fiction/*.txt --min-severity warning "${extra[@]}"
[ "$galley_only" = 1 ] || run "eval/fiction: Harper" "$galley" eval fiction eval/fiction/*.txt "${peer[@]}"
# The held-out drafts (eval/fiction-heldout/): measured, never tuned on.
run "eval/fiction-heldout: Galley" "$galley" eval fiction eval/fiction-heldout/*.txt --by-rule "${extra[@]}"
run "eval/fiction-heldout: Galley, warnings and errors" "$galley" eval fiction eval/fiction-heldout/*.txt --min-severity warning "${extra[@]}"
[ "$galley_only" = 1 ] || run "eval/fiction-heldout: Harper" "$galley" eval fiction eval/fiction-heldout/*.txt "${peer[@]}"
# The second held-out set (eval/fiction-heldout2/): measured once unseen, then used for diagnosis.
run "eval/fiction-heldout2: Galley" "$galley" eval fiction eval/fiction-heldout2/*.txt --by-rule "${extra[@]}"
run "eval/fiction-heldout2: Galley, warnings and errors" "$galley" eval fiction eval/fiction-heldout2/*.txt --min-severity warning "${extra[@]}"
[ "$galley_only" = 1 ] || run "eval/fiction-heldout2: Harper" "$galley" eval fiction eval/fiction-heldout2/*.txt "${peer[@]}"

# False flags on held-out Brown fiction (never tune on it): no marks, so every flag is a false positive. The issue's
# bar: grammar, punctuation and real-word rules together at most 1 flag per 1,000 words at warning or error.
brown="${GALLEY_BROWN:-/work/tools/brown/heldout.txt}"
if [ -f "$brown" ]; then
  section "Held-out Brown fiction, all rules but spelling, warnings and errors"
  "$galley" eval fiction "$brown" --summary-only --by-rule --min-severity warning --disable spelling "${extra[@]}"
fi

section "Summary (all categories)"
echo "| data: checker | gold | flags | detect P | detect R | detect F0.5 | correct P | correct R | correct F0.5 |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|"
printf '%s\n' "${summary[@]}"
