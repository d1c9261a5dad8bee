#!/usr/bin/env bash
# Fuzzes one Galley target with AFL++ through SharpFuzz for a bounded time, then reports what it found.
# usage: scripts/fuzz/run.sh TARGET SECONDS      (targets: see fuzz/Galley.Fuzz/Program.cs; corpus: fuzz/corpus/TARGET)
# Installs what it needs: afl++ (Debian) and the sharpfuzz instrumenter (a dotnet tool from NuGet).
# Exit code: 0 no crash or hang found, 1 findings (kept under artifacts/fuzz/TARGET/), 2 could not run.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: run.sh TARGET SECONDS}
seconds=${2:-60}

if ! command -v afl-fuzz >/dev/null 2>&1; then
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null 2>&1 || { echo "fuzz: cannot install afl++" >&2; exit 2; }
fi
export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz >/dev/null 2>&1; then
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 >/dev/null || { echo "fuzz: cannot install sharpfuzz" >&2; exit 2; }
fi

out=artifacts/fuzz/$target
bin=$out/bin
rm -rf "$out" && mkdir -p "$bin"
dotnet publish fuzz/Galley.Fuzz -c Release -o "$bin" --nologo -v quiet >/dev/null
for assembly in "$bin"/Galley.Core.dll "$bin"/Galley.Formats.dll; do
  [ -f "$assembly" ] && sharpfuzz "$assembly" >/dev/null
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
timeout $((seconds + 60)) afl-fuzz -i "fuzz/corpus/$target" -o "$out/findings" -t 10000 -m none -V "$seconds" \
  -- "$bin/Galley.Fuzz" "$target" >"$out/afl.log" 2>&1 || true

stats=$out/findings/default/fuzzer_stats
if [ ! -f "$stats" ]; then echo "fuzz: afl-fuzz did not start; see $out/afl.log" >&2; tail -20 "$out/afl.log" >&2; exit 2; fi
execs=$(awk -F': *' '/^execs_done/ {print $2}' "$stats")
crashes=$(find "$out/findings/default/crashes" -type f -name 'id:*' | wc -l)
hangs=$(find "$out/findings/default/hangs" -type f -name 'id:*' | wc -l)
echo "fuzz $target: ${seconds}s, $execs executions, $crashes crashes, $hangs hangs"
[ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ]
