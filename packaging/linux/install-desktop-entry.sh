#!/bin/sh
# Adds the console to the desktop's application menu for the current user: copies the
# .desktop entry (pointing at this folder's executable) and the icons into ~/.local/share.
#   ./install-desktop-entry.sh            # after unpacking the tarball anywhere
#   ./install-desktop-entry.sh --remove   # takes the menu entry and icons away again
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/meetergo-console.desktop"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    find "$data/icons/hicolor" -name 'meetergo-console.*' -delete 2>/dev/null || true
    exit 0
fi
mkdir -p "$data/applications"
for dir in "$here"/share/icons/hicolor/*/apps; do
    size="$(basename "$(dirname "$dir")")"
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$dir"/meetergo-console.* "$data/icons/hicolor/$size/apps/"
done
# Exec needs an absolute path: the tarball can be unpacked anywhere.
sed "s|^Exec=.*|Exec=\"$here/meetergo-console\"|" \
    "$here/share/applications/meetergo-console.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "added $entry"
