#!/usr/bin/env bash
# Checks docs/editors.md's Neovim 0.7 setup in the installed Neovim (Debian 12's is 0.7.2): runs it headless on a
# text file with a misspelling and waits for Galley's diagnostic. Not part of CI: it needs nvim and a galley build.
# usage: scripts/neovim/check.sh [GALLEY]   (default: this checkout's Release build of src/Galley.Cli)
# Exit code: 0 the diagnostic arrived, 1 it did not, 2 could not run (no nvim, no galley build).
set -euo pipefail
cd "$(dirname "$0")/../.."
galley=$(realpath -m "${1:-src/Galley.Cli/bin/Release/net10.0/galley}")
command -v nvim >/dev/null 2>&1 || { echo "neovim: nvim is not installed (apt-get install -y neovim)" >&2; exit 2; }
[ -x "$galley" ] || { echo "neovim: no galley at $galley (dotnet build -c Release)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The documented block, exactly: the first lua block after the marker that names this script.
awk '/scripts\/neovim\/check.sh runs the next block/ {found = 1; next}
     found && /^```lua/ {inside = 1; next}
     inside && /^```/ {exit}
     inside {print}' docs/editors.md > "$work/init.lua"
[ -s "$work/init.lua" ] || { echo "neovim: the Neovim 0.7 block was not found in docs/editors.md" >&2; exit 1; }

# The setup runs `galley`, as a user's would find it on the PATH.
mkdir "$work/bin"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$galley" > "$work/bin/galley"
chmod +x "$work/bin/galley"
printf 'The lighthouse keeper climbed the stairs and lit the lamp.\nHis dog folowed him up.\n' > "$work/note.txt"

cd "$work"
PATH="$work/bin:$PATH" timeout 90 nvim --headless -u init.lua note.txt \
  -c 'lua vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 100)' \
  -c "lua vim.fn.writefile(vim.tbl_map(function(d) return d.code .. ' ' .. d.lnum .. ':' .. d.col .. '-' .. d.end_col end, vim.diagnostic.get(0)), 'diagnostics.txt')" \
  -c 'qa!' >/dev/null 2>&1 || true

echo "neovim: $(nvim --version | head -1), diagnostics: $(tr '\n' ';' < diagnostics.txt 2>/dev/null)"
# "folowed" is on the second line (1, counting from 0), characters 8 to 15.
grep -qx 'GL0001 1:8-15' diagnostics.txt 2>/dev/null || { echo "neovim: the misspelling was not reported" >&2; exit 1; }
echo "neovim: the documented 0.7 setup reports the misspelling"
