#!/bin/sh
# Every test runs through here (tests/CMakeLists.txt, mediadesk_add_test): the one place the test
# environment is set. Each run gets a temporary HOME and XDG folders (removed afterwards), the
# offscreen platform, C.UTF-8, and none of the developer's TWILIO_* or MEDIADESK_* variables, so a
# test can never touch real profiles, libraries or accounts. Without --keychain there is no
# session bus at all (no keychain: the code's "no Secret Service" path). With --keychain the test
# gets a private D-Bus session with a fresh, unlocked gnome-keyring; the developer's own keyring is
# never touched. With --session-bus the test gets a private D-Bus session and nothing on it (the
# test brings the services it talks to).
#   usage: isolated-test.sh [--keychain | --session-bus] TEST_BINARY [ARGS...]
set -e
if [ -z "${ISOLATED_TEST_DIR:-}" ]; then
    ISOLATED_TEST_DIR=$(mktemp -d)
    export ISOLATED_TEST_DIR
    tmp=$ISOLATED_TEST_DIR
    export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
    export XDG_RUNTIME_DIR="$tmp/run"
    mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    if [ "$1" = --keychain ]; then
        shift
        # The bus starts with the private folders already set: a keyring daemon it starts on
        # demand must not use the real HOME, nor the folders of a test running beside this one.
        exec dbus-run-session -- sh "$0" --inside-keychain-session "$@"
    fi
    if [ "$1" = --session-bus ]; then
        shift
        exec dbus-run-session -- sh "$0" --inside-bare-session "$@"
    fi
fi
trap 'rm -rf "$ISOLATED_TEST_DIR"' EXIT
keyring=false
bus=false
if [ "$1" = --inside-keychain-session ]; then
    shift
    keyring=true
elif [ "$1" = --inside-bare-session ]; then
    shift
    bus=true
fi
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
unset TWILIO_ACCOUNT_SID TWILIO_AUTH_TOKEN TWILIO_API_KEY TWILIO_API_SECRET TWILIO_REGION \
    MEDIADESK_MCS_URL MEDIADESK_CONVERSATIONS_URL MEDIADESK_REGION MEDIADESK_CA_FILE QT_LOGGING_RULES
if $keyring; then
    # A newline on stdin (not plain EOF) makes the daemon create and unlock the login collection.
    printf 'ci-keyring-password\n' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # The daemon may answer before the login collection exists; on a busy machine a test could reach
    # it in between. Wait until the collection is there, unlocked (asking the bus who owns the
    # name first, so that nothing here starts a second daemon).
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' &&
            dbus-send --session --print-reply --dest=org.freedesktop.secrets \
                /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
                string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q 'boolean false'; then
            break
        fi
        sleep 0.1
    done
elif ! $bus; then
    export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/mediadesk-test-bus
fi
"$@"
