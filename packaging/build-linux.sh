#!/usr/bin/env bash
# Builds the Linux bundle on a Debian/Ubuntu machine and proves it with the frozen smoke test:
#   packaging/build-linux.sh
# Output: dist/meetergo-console/ (the one-folder app) and
#         dist/meetergo-console-<version>-linux-<arch>.tar.gz (the app, its .desktop entry, the
#         icons and install-desktop-entry.sh). Build on the oldest distribution you support:
#         PyInstaller bundles the system libraries it finds here.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: the X/xcb libraries Qt's xcb plugin links (the bundle carries them), and for
# the smoke test a D-Bus session daemon with GNOME Keyring (the Secret Service) and Xvfb.
packages=(libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
    libxcb-xkb1 dbus gnome-keyring xvfb xauth)
if command -v apt-get >/dev/null 2>&1; then
    missing=()
    for pkg in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "installing ${missing[*]}"
        SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
fi
if ! command -v uv >/dev/null 2>&1; then
    python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv
    export PATH="$HOME/.local/bin:$PATH"
fi

uv sync --group packaging
uv run python packaging/compile_translations.py
uv run pyinstaller packaging/meetergo-console.spec --noconfirm --log-level WARN

version="$(uv run python -c 'import console; print(console.__version__)')"
bundle=dist/meetergo-console
# The desktop integration rides along in the bundle folder (hicolor icon theme layout).
mkdir -p "$bundle/share/applications" "$bundle/share/icons/hicolor/scalable/apps"
cp packaging/linux/meetergo-console.desktop "$bundle/share/applications/"
cp resources/icons/meetergo-console.svg "$bundle/share/icons/hicolor/scalable/apps/"
for png in resources/icons/meetergo-console-*.png; do
    size="${png##*-}"; size="${size%.png}"
    mkdir -p "$bundle/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$bundle/share/icons/hicolor/${size}x${size}/apps/meetergo-console.png"
done
cp packaging/linux/install-desktop-entry.sh "$bundle/"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$bundle/share/applications/meetergo-console.desktop"
fi

name="meetergo-console-$version-linux-$(uname -m)"
tarball="dist/$name.tar.gz"
tar -C dist --transform "s|^meetergo-console|$name|" -czf "$tarball" meetergo-console

# Smoke-test what a user gets: the unpacked tarball, not the build folder.
unpacked="$(mktemp -d)"
trap 'rm -rf "$unpacked"' EXIT
tar -C "$unpacked" -xzf "$tarball"
packaging/linux/smoke.sh "$unpacked/$name/meetergo-console"

echo "bundle: $bundle $(du -sm "$bundle" | cut -f1) MB; tarball: $tarball $(du -sm "$tarball" | cut -f1) MB"
