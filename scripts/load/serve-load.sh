#!/usr/bin/env bash
# Load test of `galley serve` on loopback: CLIENTS concurrent connections posting drafts to /api/check for SECONDS,
# while bad requests (oversized, malformed) are sent beside them. Prints latency percentiles, errors, and the
# server's memory before, during and after. Traffic goes to 127.0.0.1 only.
# usage: scripts/load/serve-load.sh [SECONDS=60] [CLIENTS=50]
# Installs wrk (Debian) if missing. Exit code 0 when there were no errors and every bad request got its 4xx.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
clients=${2:-50}
port=${GALLEY_LOAD_PORT:-5187}

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 || { echo "load: cannot install wrk" >&2; exit 2; }
fi
dotnet build -c Release src/Galley.Cli --nologo -v quiet >/dev/null
galley=src/Galley.Cli/bin/Release/net10.0/galley
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$galley" serve --port "$port" --no-browser >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$server/status"; }

# A realistic request: a ~300-word draft with errors of several kinds.
python3 - "$work/body.json" <<'PY'
import json, sys
draft = ('"Stay." He said, and I never beleived him. Clarks coat was still there, and the glass fellfrom the shelf. '
         'She was about to loose it when Mara walked in. "I dont know," she whispered... ') * 12
json.dump({"text": draft}, open(sys.argv[1], "w"))
PY
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/body.json", "r"); wrk.body = f:read("*a"); f:close()
LUA

curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$work/body.json" "http://127.0.0.1:$port/api/check"
echo "server memory warm: $(rss)"

# Bad requests beside the load: each must get its 4xx while the good ones go on being served.
bad_ok=0; bad_total=0
(
  sleep $((seconds / 3))
  head -c $((9 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$work/big.txt"
  for _ in 1 2 3; do
    printf '%s\n' "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: text/plain' --data-binary @"$work/big.txt" "http://127.0.0.1:$port/api/check")" >>"$work/bad.txt"
    printf '%s\n' "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data '{"text": ' "http://127.0.0.1:$port/api/check")" >>"$work/bad.txt"
    sleep 1
  done
) &
bad=$!
( sleep $((seconds / 2)); echo "server memory under load: $(rss)" ) &

wrk -t2 -c"$clients" -d"${seconds}s" --timeout 30s --latency -s "$work/post.lua" "http://127.0.0.1:$port/api/check" | tee "$work/wrk.txt"
wait "$bad" || true
sleep 2
echo "server memory after: $(rss)"
codes=$(tr '\n' ' ' <"$work/bad.txt")
echo "bad requests answered: $codes"
errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt")
fails=0
[ -z "$errors" ] || { echo "load: errors under load: $errors" >&2; fails=1; }
for c in $codes; do case "$c" in 4??) ;; *) echo "load: a bad request got $c" >&2; fails=1 ;; esac; done
exit $fails
