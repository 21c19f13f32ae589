#!/bin/sh
# Runs a test inside a private D-Bus session with a fresh, unlocked gnome-keyring (Secret Service),
# all of its files in a temporary folder: the developer's own keyring is never touched.
# usage: dbus-run-session -- sh keychain-session.sh TEST_BINARY [ARGS...]
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A newline on stdin (not plain EOF) makes the daemon create and unlock the login collection.
printf 'ci-keyring-password\n' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
