#!/usr/bin/env bash
# Builds "meetergo console.app" and a .dmg on macOS, signs and notarizes them when the secrets are
# there, and runs the frozen smoke test on the app inside the .dmg:
#   packaging/build-macos.sh
# Signing (all optional; without them the app keeps PyInstaller's ad-hoc signature):
#   MACOS_CERTIFICATE           base64 of a "Developer ID Application" .p12
#   MACOS_CERTIFICATE_PASSWORD  its password
#   MACOS_SIGN_IDENTITY         e.g. "Developer ID Application: Agency GmbH (TEAMID1234)"
# Notarization (needs signing): APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (app-specific password).
# Output: dist/meetergo console.app and dist/meetergo-console-<version>-macos.dmg
set -euo pipefail
cd "$(dirname "$0")/.."

uv sync --group packaging
uv run python packaging/compile_translations.py
uv run pyinstaller packaging/meetergo-console.spec --noconfirm --log-level WARN
version="$(uv run python -c 'import console; print(console.__version__)')"
app="dist/meetergo console.app"
dmg="dist/meetergo-console-$version-macos.dmg"

signed=no
if [ -n "${MACOS_CERTIFICATE:-}" ] && [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    # A throwaway keychain holds the certificate for this build only.
    keychain="${RUNNER_TEMP:-$(mktemp -d)}/meetergo-signing.keychain-db"
    keychain_password="$(uuidgen)"
    p12="$(mktemp).p12"
    trap 'rm -f "$p12"; security delete-keychain "$keychain" 2>/dev/null || true' EXIT
    echo "$MACOS_CERTIFICATE" | base64 --decode > "$p12"
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    security import "$p12" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -A -t cert -f pkcs12 -k "$keychain"
    security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
    # shellcheck disable=SC2046
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    sign() {
        codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$@"
    }
    # Inside out: every Mach-O file first, then the bundle with the entitlements (Apple TN2206;
    # --deep is not meant for signing).
    find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' file; do
            if file -b "$file" | grep -q 'Mach-O'; then sign "$file"; fi
        done
    find "$app/Contents" -type d -name '*.framework' -prune -print0 |
        while IFS= read -r -d '' framework; do sign "$framework"; done
    sign --entitlements packaging/macos/entitlements.plist "$app"
    codesign --verify --strict --verbose=2 "$app"
    signed=yes
else
    echo "MACOS_CERTIFICATE / MACOS_SIGN_IDENTITY not set: skipping code signing and notarization"
fi

staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "meetergo console" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [ "$signed" = yes ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
    if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
        xcrun stapler staple "$dmg"
        xcrun stapler validate "$dmg"
    else
        echo "APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not set: skipping notarization"
    fi
fi

# Smoke-test what a user gets: the app as it sits in the mounted .dmg. The login keychain of
# the build machine must take the test secret (--require-keyring).
mount="$(mktemp -d)"
hdiutil attach "$dmg" -nobrowse -readonly -mountpoint "$mount" >/dev/null
status=0
QT_QPA_PLATFORM=offscreen "$mount/meetergo console.app/Contents/MacOS/meetergo-console" \
    --smoke-test --require-keyring || status=$?
hdiutil detach "$mount" >/dev/null
[ "$status" -eq 0 ] || { echo "frozen smoke test failed ($status)"; exit "$status"; }

echo "bundle: $app $(du -sm "$app" | cut -f1) MB; dmg: $dmg $(du -sm "$dmg" | cut -f1) MB"
