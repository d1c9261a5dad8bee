#!/usr/bin/env bash
# Top-1 / top-5 suggestion accuracy of Galley and of Hunspell on the same misspelling→correction sets.
# usage: scripts/eval/spelling-vs-hunspell.sh [FILE.tsv...]   (default: ../shared/eval/spelling-norvig-*.tsv)
# Installs hunspell + the en_US dictionary with apt when they are missing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=("$repo"/../shared/eval/spelling-norvig-*.tsv); fi
for f in "${files[@]}"; do [ -f "$f" ] || { echo "no such file: $f" >&2; exit 2; }; done

if ! command -v hunspell >/dev/null || [ ! -f /usr/share/hunspell/en_US.dic ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq hunspell hunspell-en-us >/dev/null
fi

echo "== Galley"
dotnet run --project "$repo/src/Galley.Cli" -c Release -- eval spelling "${files[@]}"
echo "== Hunspell $(hunspell -v 2>/dev/null | head -1 | sed 's/@(#) International Ispell Version [^ ]* (but really \(.*\))/\1/')"
python3 "$repo/scripts/eval/hunspell_spelling.py" "${files[@]}"
