#!/usr/bin/env bash
# Runs the frozen app's smoke test the way build-linux.sh and the release workflow do:
#   packaging/linux/smoke.sh path/to/meetergo-console
# 1. offscreen, inside a private D-Bus session with GNOME Keyring unlocked, so the keyring step
#    must find the Secret Service backend (--require-keyring) — the bundle's keyring backends
#    are what this proves; without gnome-keyring-daemon the session-only fallback is accepted;
# 2. on a virtual X server (xvfb-run) with the xcb platform plugin, which staff actually use,
#    when xvfb-run is installed.
# Every run gets a throwaway HOME and XDG folders.
set -euo pipefail
app="$(realpath "$1")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

isolated() {
    local home="$scratch/$1"
    shift
    mkdir -p "$home/run"
    chmod 700 "$home/run"
    env -u MEETERGO_CONSOLE_HOME -u DBUS_SESSION_BUS_ADDRESS HOME="$home" \
        XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" \
        XDG_RUNTIME_DIR="$home/run" "$@"
}

if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
    echo "== smoke test: offscreen, GNOME Keyring in a private D-Bus session"
    # shellcheck disable=SC2016
    isolated keyring env QT_QPA_PLATFORM=offscreen dbus-run-session -- sh -c '
        printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$0" --smoke-test --require-keyring' "$app"
else
    echo "== smoke test: offscreen, no keyring daemon (session-only fallback accepted)"
    isolated plain env QT_QPA_PLATFORM=offscreen "$app" --smoke-test
fi

if command -v xvfb-run >/dev/null; then
    echo "== smoke test: xcb platform on a virtual X server"
    isolated xcb env QT_QPA_PLATFORM=xcb xvfb-run --auto-servernum "$app" --smoke-test
fi
