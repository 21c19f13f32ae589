#!/usr/bin/env bash
# Screenshots of the window for the README: welcome page, account dialog, main window with the
# Chat Service picker open; in English and in Japanese. Needs xvfb-run, xdotool and ImageMagick.
#   usage: tools/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=$(readlink -f "${1:-build}")
out=$(readlink -f "${2:-docs/screenshots}")
mkdir -p "$out"
app="$build/app/mediadesk"

shoot() { # name lang args... ; SCRIPT (env) = what to do before the shot
    local name=$1 lang=$2; shift 2
    local home; home=$(mktemp -d)
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run \
    LANG=$lang LC_ALL=$lang DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    TWILIO_ACCOUNT_SID= TWILIO_AUTH_TOKEN= TWILIO_API_KEY= TWILIO_API_SECRET= \
    xvfb-run -a -s '-screen 0 1000x680x24' bash -c '
        mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
        "$0" "${@:3}" & p=$!
        for _ in $(seq 100); do xdotool search --onlyvisible --class mediadesk >/dev/null 2>&1 && break; sleep 0.1; done
        sleep 2
        eval "$SCRIPT"
        sleep 1
        import -window root "$1"
        kill $p; wait $p 2>/dev/null || true' "$app" "$out/$name.png" x "$@"
    rm -rf "$home"
}

for lang in en_US.UTF-8 ja_JP.UTF-8; do
    suffix=${lang%%_*}
    SCRIPT=':' shoot "welcome-$suffix" "$lang"
    SCRIPT='xdotool mousemove 383 445 click 1; sleep 1.5; xdotool type --delay 20 "Production"; xdotool key Tab Tab Tab Tab; xdotool type --delay 20 "AC12"' \
        shoot "account-$suffix" "$lang"
    SCRIPT='sleep 2; xdotool mousemove 930 34 click 1' shoot "picker-$suffix" "$lang" --sandbox
done
echo "Screenshots in $out"
