#!/usr/bin/env bash
# Runs COMMAND... in a throw-away D-Bus session with an unlocked gnome-keyring Secret Service
# and ANKRA_TEST_SECRET_SERVICE=1, so that the keychain tests use a real keyring and never the
# user's own. Example (after `cmake --build --preset dev`):
#   bash tests/keychain/run-with-secret-service.sh build/dev/tests/tst_tokenstore_secretservice
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (bash .ci/dev setup)" >&2; exit 2; }
done
export ANKRA_KEYCHAIN_SESSION_HOME
ANKRA_KEYCHAIN_SESSION_HOME=$(mktemp -d)
trap 'rm -rf "$ANKRA_KEYCHAIN_SESSION_HOME"' EXIT
# No DISPLAY: nothing may show (or wait on) a prompt. An empty password does not unlock.
exec env -u DISPLAY -u WAYLAND_DISPLAY dbus-run-session -- sh -c '
    export HOME="$ANKRA_KEYCHAIN_SESSION_HOME/home" XDG_RUNTIME_DIR="$ANKRA_KEYCHAIN_SESSION_HOME/run"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    printf ankra-test | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
    ANKRA_TEST_SECRET_SERVICE=1 exec "$@"' sh "$@"
