#!/usr/bin/env bash
# Publishes Galley natively (Native AOT) and runs every command on every format with the native binary and with the
# JIT build, then compares their outputs byte for byte: check (text, json, sarif), fix (copy, dry run, interactive,
# in place, Word comments), report (terminal, json, html), coloured output on a pseudo-terminal, rules (list, docs),
# eval (fiction, spelling, m2), words, damaged files, a scripted language-server session (lsp-session.py) and the web
# editor's pages and API. Inputs come from make-inputs.py. Exit code 0 when every output is identical.
# Needs python3, curl and unzip (and script, from util-linux, for the terminal steps).
#
#   scripts/aot/smoke.sh                 publish (a few minutes of CPU), build, compare
#   scripts/aot/smoke.sh --no-publish    reuse the native binary from an earlier run
# OUT (default /tmp/galley-aot) holds the native build, the publish log, the inputs and each build's outputs.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-/tmp/galley-aot}
publish=1
[[ ${1:-} == --no-publish ]] && publish=0
mkdir -p "$out"
for tool in dotnet python3 curl unzip; do command -v $tool > /dev/null || { echo "smoke: needs $tool"; exit 2; }; done

if (( publish )); then
  echo "Publishing natively into $out/native (this takes a few minutes)…"
  dotnet publish "$repo/src/Galley.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$out/native" > "$out/publish.log" 2>&1 \
    || { tail -30 "$out/publish.log"; echo "smoke: native publish failed (log: $out/publish.log)"; exit 2; }
  echo "Trimming/AOT warnings of the publish:"
  grep -oE "warning (IL|AOT)[0-9]+:.*" "$out/publish.log" | sed 's/ \[[^]]*\]$//' | sort -u | sed 's/^/  /' || true
  grep -qE "warning (IL|AOT)[0-9]+" "$out/publish.log" || echo "  none"
fi
[[ -x $out/native/galley ]] || { echo "smoke: no native build at $out/native/galley; run without --no-publish"; exit 2; }
echo "Building the JIT build…"
dotnet build "$repo/src/Galley.Cli" -c Release > "$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 2; }
jit_dll="$repo/src/Galley.Cli/bin/Release/net10.0/galley.dll"

rm -rf "$out/inputs" && python3 "$repo/scripts/aot/make-inputs.py" "$out/inputs/in"
cp "$repo"/eval/fiction/*.txt "$out/inputs/"
mkdir -p "$out/inputs/bad" && cp "$repo"/tests/Galley.Tests/fixtures/fuzz/* "$out/inputs/bad/"

# step NAME ARGS…: runs galley with ARGS, keeping its output, errors and exit code as NAME.out/.err/.code.
step() { local name=$1; shift; "${galley[@]}" "$@" > "$results/$name.out" 2> "$results/$name.err" < /dev/null; echo $? > "$results/$name.code"; }

serve_session() {
  local log=$results/serve.log
  "${galley[@]}" serve --port 0 --no-browser > "$log" 2>&1 &
  local pid=$! url=""
  for _ in $(seq 1 100); do
    url=$(grep -oE "http://127\.0\.0\.1:[0-9]+" "$log" | head -1) && [[ -n $url ]] && break
    sleep 0.1
  done
  if [[ -z $url ]]; then echo "serve did not start" > "$results/serve.out"; kill "$pid"; wait "$pid" 2>/dev/null; return; fi
  # get/post NAME …: the status, the content type and the body of one request.
  fetch() { local name=$1; shift; curl -s -o "$results/serve-$name.body" -w '%{http_code} %{content_type}\n' "$@" > "$results/serve-$name.status"; }
  fetch page "$url/"
  fetch css "$url/app.css"
  fetch js "$url/app.js"
  fetch icon "$url/favicon.svg"
  fetch missing "$url/nothing-here"
  curl -s -D - -o /dev/null "$url/" | grep -iE "^(content-security-policy|x-content-type-options|cache-control):" | tr -d '\r' > "$results/serve-headers"
  fetch check-plain -X POST -H "Content-Type: text/plain" --data-binary @in/story.txt "$url/api/check"
  local body
  body=$(python3 -c 'import json,sys; print(json.dumps({"text": open("in/story.txt", encoding="utf-8").read(), "dialect": "en-GB", "minSeverity": "warning", "disable": ["GL8001"], "file": "story.txt"}))')
  fetch check-json -X POST -H "Content-Type: application/json" --data-binary "$body" "$url/api/check"
  fetch report -X POST -H "Content-Type: text/plain" --data-binary @in/story.txt "$url/api/report"
  # Apply the first suggested fix /api/check listed.
  body=$(python3 - "$results/serve-check-plain.body" <<'PY'
import json, sys
check = json.load(open(sys.argv[1], encoding="utf-8"))
text = open("in/story.txt", encoding="utf-8").read()
for d in check["diagnostics"]:
    if d["suggestions"]:
        print(json.dumps({"text": text, "rule": d["rule"], "start": d["start"], "end": d["end"], "suggestion": d["suggestions"][0]}))
        break
PY
)
  fetch fix -X POST -H "Content-Type: application/json" --data-binary "$body" "$url/api/fix"
  fetch fix-stale -X POST -H "Content-Type: application/json" --data-binary '{"text":"Nothing wrong here.","rule":"GL0001","start":0,"end":3,"suggestion":"x"}' "$url/api/fix"
  fetch bad-json -X POST -H "Content-Type: application/json" --data-binary '{"text": ' "$url/api/check"
  fetch bad-dialect -X POST -H "Content-Type: application/json" --data-binary '{"text":"Hi.","dialect":"klingon"}' "$url/api/check"
  fetch foreign-host -H "Host: evil.example" "$url/"
  # SIGTERM, as a service manager stops it (a background job ignores SIGINT); it must exit 0 within 10 seconds.
  kill -TERM "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo "serve did not stop on SIGTERM" >> "$log"; kill -KILL "$pid"; fi
  wait "$pid"; echo $? > "$results/serve.code"
  grep -v "ready at" "$log" > "$results/serve.err"; rm "$log"
}

run_all() {
  local name=$1; shift
  galley=("$@")
  work=$out/runs/$name
  results=$out/results/$name
  rm -rf "$work" "$results" && mkdir -p "$work" "$results" && cp -r "$out/inputs/." "$work/"
  cd "$work" || exit 2
  for f in in/story.txt in/story.md in/story.html in/story.docx in/story.epub; do
    local b=${f##*/}
    for format in text json sarif; do step "check-$b-$format" check --format "$format" --no-color "$f"; done
    step "fix-dry-$b" fix --dry-run "$f"
    step "fix-$b" fix "$f"
    step "fix-unsafe-$b" fix --include-unsafe --dry-run "$f"
    step "report-$b" report --no-color "$f"
    step "report-$b-json" report --format json "$f"
    step "report-$b-html" report --no-color --html "$results/report-$b.html" "$f"
  done
  cp in/story.fixed.* "$results/"
  cp in/story.docx word.docx && step fix-comments fix --comments word.docx && cp word.fixed.docx "$results/" 2>/dev/null
  step check-folder check --format json in
  cp in/story.txt asked.txt
  printf 'y\nn\na\nq\n' | "${galley[@]}" fix --interactive asked.txt > "$results/fix-interactive.out" 2> "$results/fix-interactive.err"
  echo $? > "$results/fix-interactive.code"; cp asked.fixed.txt "$results/" 2>/dev/null
  cp in/story.md inplace.md && step fix-in-place fix --in-place inplace.md && cp inplace.md inplace.md.bak "$results/"
  if command -v script > /dev/null; then   # colours and tables on a terminal (Spectre.Console), through a pseudo-terminal
    script -qfc "${galley[*]} check in/story.docx" /dev/null > "$results/tty-check.out" 2>&1
    script -qfc "${galley[*]} report in/story.epub" /dev/null > "$results/tty-report.out" 2>&1
  fi
  "${galley[@]}" check --format json - < in/story.txt > "$results/check-stdin.out" 2> "$results/check-stdin.err"; echo $? > "$results/check-stdin.code"
  for f in bad/*; do step "check-bad-${f##*/}" check "$f"; done   # each damaged file's own error, exit 2
  step rules rules
  step rules-docs rules --docs "$results/rule-docs"
  step eval-fiction eval fiction --by-rule --show-misses ./*.txt
  step eval-spelling eval spelling --show-misses in/spelling.tsv
  step eval-m2 eval m2 --show-false-positives --show-misses --by-rule in/sample.m2
  step words-add words add --dir in Marabelle Tobin
  step words-list words list --dir in
  step check-with-words check --format json in/story.txt
  step help --help
  step unknown-option check --nope in/story.txt
  # Zip outputs (.docx, .epub) as their entry list and extracted entries: a zip records when each entry was written,
  # and Word comments carry their date and a random relationship ID.
  for zip in "$results"/*.docx "$results"/*.epub; do
    unzip -Z1 "$zip" > "$zip.entries" && mkdir "$zip.unzipped" && unzip -q "$zip" -d "$zip.unzipped" && rm "$zip"
  done
  find "$results" -path "*.unzipped/*" -name "*.xml*" -exec sed -i -E 's/w:date="[^"]*"/w:date="DATE"/g; s/Id="R[0-9a-f]{16}"/Id="RANDOM"/g' {} +
  python3 "$repo/scripts/aot/lsp-session.py" "file://$work/in/story.txt" -- "${galley[@]}" lsp --stdio \
    > "$results/lsp.out" 2> "$results/lsp.err"
  sed -i "s#$work#WORK#g" "$results/lsp.out"
  serve_session
  # Messages that name an output path name this build's folder.
  grep -rlF "$results" "$results" --include="*.out" --include="*.err" | xargs -r sed -i "s#$results#RESULTS#g"
  cd "$repo"
}

echo "Running every command with the JIT build…"
run_all jit dotnet "$jit_dll"
echo "Running every command with the native build…"
run_all native "$out/native/galley"

echo
if diff -r "$out/results/jit" "$out/results/native" > "$out/differences.txt"; then
  echo "Identical: $(find "$out/results/native" -type f | wc -l) outputs of the native build match the JIT build's byte for byte."
  status=0
else
  echo "The native build differs from the JIT build ($out/differences.txt):"
  head -60 "$out/differences.txt"
  status=1
fi
# Outputs that show a crash in either build, even where both agree.
if grep -lE "internal error|Unhandled exception|MissingMethodException|NotSupportedException|trimm" -r "$out/results" > "$out/crashes.txt"; then
  echo "Outputs mentioning an internal error:"; sed 's/^/  /' "$out/crashes.txt"; status=1
fi
exit $status
