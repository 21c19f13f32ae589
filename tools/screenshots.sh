#!/usr/bin/env bash
# Screenshots of the window for the README: welcome page, account dialog, main window with the
# Chat Service picker open, uploads, library, details, sending, a conversation's media; in English
# and in Japanese. Needs xvfb-run, xdotool and ImageMagick.
#   usage: tools/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=$(readlink -f "${1:-build}")
out=$(readlink -f "${2:-docs/screenshots}")
mkdir -p "$out"
app="$build/app/mediadesk"

# Writes sample files into \$HOME_DIR/files and a saved queue for them (all, or those matching
# \$1; sent on to conversation \$2 when given, with the text \$3) into \$HOME_DIR (the screenshot's
# home).
queue_files() {
    local files=$HOME_DIR/files queue=$HOME_DIR/data/mediadesk/mediadesk
    mkdir -p "$files" "$queue"
    head -c 180000 /dev/urandom >"$files/holiday photo.jpg"
    convert -seed 7 -size 800x500 plasma:fractal -blur 0x2 "$files/harbour at dusk.png"
    printf '%%PDF-1.4\n%%%%EOF\n' >"$files/invoice 2026-11.pdf"
    printf 'こんにちは\n' >"$files/メモ.txt"
    head -c 2400000 /dev/urandom >"$files/screen recording.mp4"
    : >"$files/empty.txt"
    {
        printf '{"version": 1, "items": ['
        local first=1
        for f in "$files"/${1:-*}; do
            [ $first = 1 ] || printf ','
            first=0
            printf '{"id": "%s", "profile_key": "sandbox", "profile_label": "Sandbox", "service_sid": "IS4189a99256a1495fffc94bc7fbd38ade", "path": "%s", "content_type": "", "size": %s, "modified": "%s", "state": "queued", "message": "", "queued_at": "2026-11-27T00:00:00.000Z", "conversation_sid": "%s", "author": "alice", "body": "%s"}' \
                "$(cat /proc/sys/kernel/random/uuid)" "$f" "$(stat -c %s "$f")" "$(date -u -d "@$(stat -c %.3Y "$f")" +%Y-%m-%dT%H:%M:%S.%3NZ)" "${2:-}" "${3:-}"
        done
        printf ']}'
    } >"$queue/queue.json"
}

shoot() { # name lang args... ; SCRIPT (env) = what to do before the shot
    local name=$1 lang=$2; shift 2
    local home; home=$(mktemp -d)
    [ -n "${PREPARE:-}" ] && HOME_DIR=$home bash -c "$PREPARE"
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

# Where the Library tab, the first library row and "Copy Temporary Link" are, per language.
declare -A library_tab=([en]="266 109" [ja]="193 117") first_row=([en]="120 192" [ja]="120 209") \
    copy_link=([en]="194 565" [ja]="220 559") search_field=([en]="100 142" [ja]="100 150") \
    conversations_tab=([en]="355 109" [ja]="258 117") \
    first_conversation=([en]="80 172" [ja]="80 182")
for lang in en_US.UTF-8 ja_JP.UTF-8; do
    suffix=${lang%%_*}
    SCRIPT=':' shoot "welcome-$suffix" "$lang"
    SCRIPT='xdotool mousemove 383 445 click 1; sleep 1.5; xdotool type --delay 20 "Production"; xdotool key Tab Tab Tab Tab; xdotool type --delay 20 "AC12"' \
        shoot "account-$suffix" "$lang"
    SCRIPT='sleep 2; xdotool mousemove 930 34 click 1' shoot "picker-$suffix" "$lang" --sandbox
    # A few files queued for the sandbox's first service: they upload as the window opens.
    PREPARE="$(declare -f queue_files); queue_files" SCRIPT='sleep 4' shoot "uploads-$suffix" "$lang" --sandbox
    PREPARE="$(declare -f queue_files); queue_files" \
    SCRIPT="sleep 4; xdotool mousemove ${library_tab[$suffix]} click 1; sleep 1" shoot "library-$suffix" "$lang" --sandbox
    # An image uploaded, looked up from the library, its temporary link copied.
    PREPARE="$(declare -f queue_files); queue_files 'harbour*'" \
    SCRIPT="sleep 4; xdotool mousemove ${library_tab[$suffix]} click 1; sleep 1; \
            xdotool mousemove ${first_row[$suffix]} click --repeat 2 --delay 80 1; sleep 3; \
            xdotool mousemove ${copy_link[$suffix]} click 1; sleep 1" \
        shoot "details-$suffix" "$lang" --sandbox
    # Dropped files go on to a conversation: the target chosen (Ctrl+T), the banner, the items sent.
    PREPARE="$(declare -f queue_files); queue_files '[hms]*' CH$(printf mediadesk-sandbox-conversation-1-2 | md5sum | cut -c1-32)" \
    SCRIPT="sleep 3; xdotool mousemove 500 400 click 1; xdotool key ctrl+t; sleep 1.5; xdotool key alt+Down; sleep 0.5; xdotool key Down Return; \
            sleep 0.3; xdotool key Tab; xdotool type alice; xdotool key Return" \
        shoot "send-$suffix" "$lang" --sandbox
    # The same files, in their conversation's media in the Conversations tab, found through the
    # search field.
    PREPARE="$(declare -f queue_files); queue_files '[hms]*' CH$(printf mediadesk-sandbox-conversation-1-2 | md5sum | cut -c1-32) 'From the harbour walk this morning'" \
    SCRIPT="sleep 5; xdotool mousemove ${conversations_tab[$suffix]} click 1; sleep 1.5; \
            xdotool mousemove ${search_field[$suffix]} click 1; xdotool type --delay 20 sandbox-1-2; sleep 0.5; \
            xdotool mousemove ${first_conversation[$suffix]} click 1; sleep 3" \
        shoot "conversations-$suffix" "$lang" --sandbox
done
echo "Screenshots in $out"
