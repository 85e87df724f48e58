#!/usr/bin/env bash
# Builds the one-folder app for the current OS and, on macOS, a signed and notarised DMG.
#   packaging/build.sh            # dist/meetergo-console/ (Linux, Windows via Git Bash, macOS .app)
# macOS signing needs MACOS_IDENTITY and a notarytool keychain profile in NOTARY_PROFILE.
set -euo pipefail
cd "$(dirname "$0")/.."
# Compile translations so the bundle carries .qm files next to the .ts sources.
for ts in resources/translations/*.ts; do
    [ -e "$ts" ] && uv run pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
uv run --with "pyinstaller>=6.20,<7" pyinstaller packaging/meetergo-console.spec --noconfirm
# Smoke test of the frozen build: the keyring backend must be a real one, not fail.Keyring.
if [ "$(uname -s)" != "Darwin" ]; then
    QT_QPA_PLATFORM=offscreen dist/meetergo-console/meetergo-console --version
fi
if [ "$(uname -s)" = "Darwin" ] && [ -n "${MACOS_IDENTITY:-}" ]; then
    app="dist/meetergo console.app"
    codesign --deep --force --options runtime --timestamp --sign "$MACOS_IDENTITY" "$app"
    hdiutil create -volname "meetergo console" -srcfolder "$app" -ov -format UDZO dist/meetergo-console.dmg
    codesign --sign "$MACOS_IDENTITY" --timestamp dist/meetergo-console.dmg
    xcrun notarytool submit dist/meetergo-console.dmg --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple dist/meetergo-console.dmg
fi
