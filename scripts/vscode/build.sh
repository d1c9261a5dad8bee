#!/usr/bin/env bash
# Builds the VS Code extension: installs its pinned npm packages, compiles it, runs its tests and packages it as
# editors/vscode/galley-VERSION.vsix. Needs Node.js 20+ and npm (and the npm registry the first time).
# The tests start the real server when a galley build is found (GALLEY_PATH, else this checkout's bin/Release or
# bin/Debug), and skip that one test otherwise.
# Exit code: 0 built, 1 the compile, a test or the packaging failed, 2 the npm packages could not be installed.
set -euo pipefail
cd "$(dirname "$0")/../../editors/vscode"

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then echo "vscode: Node.js 20 or later is needed (vsce)" >&2; exit 2; fi

if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  : # installed from this lock file already
else
  npm ci --no-audit --no-fund --loglevel=error || { echo "vscode: npm ci failed" >&2; exit 2; }
fi

rm -rf out
npx --no-install tsc -p . || exit 1
node --test out/test/ || exit 1

version=$(node -p "require('./package.json').version")
rm -f galley-*.vsix
# The repository has no licence file or public address yet; vsce would otherwise stop to ask about both.
npx --no-install vsce package --skip-license --allow-missing-repository --out "galley-$version.vsix" || exit 1

if command -v unzip >/dev/null 2>&1; then
  unpacked=$(mktemp -d)
  trap 'rm -rf "$unpacked"' EXIT
  unzip -q "galley-$version.vsix" -d "$unpacked"
  node ../../scripts/vscode/load-packaged.js "$unpacked" || exit 1
else
  echo "vscode: unzip is missing, so the package's contents were not loaded" >&2
fi
echo "vscode: built editors/vscode/galley-$version.vsix"
