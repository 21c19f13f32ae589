#!/usr/bin/env bash
# Screenshots of the window for the README: welcome page, account dialog, main window with the
# Chat Service picker open, uploads, library, details, sending, a conversation's media, refused
# credentials; in English and in Japanese; some again at 2x (QT_SCALE_FACTOR=2) and under a dark
# palette (qt6ct's "darker" colour scheme, as a dark desktop gives Qt). Needs xvfb-run, xdotool,
# ImageMagick and qt6ct.
#   usage: tools/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=$(readlink -f "${1:-build}")
out=$(readlink -f "${2:-docs/screenshots}")
mkdir -p "$out"
app="$build/app/mediadesk"
emulator="$build/app/emulator/mediadesk-emulator"
for tool in xvfb-run xdotool import; do
    command -v $tool >/dev/null || { echo "screenshots.sh needs $tool" >&2; exit 1; }
done
[ -e /usr/share/qt6ct/colors/darker.conf ] || { echo "screenshots.sh needs qt6ct (apt-get install qt6ct)" >&2; exit 1; }

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

# The screen on which the window opens at 1120 x 720 (it takes at most 90 % of it), at this scale;
# the shot is cut to the window.
screen_size() { echo "$((1245 * ${SCALE:-1}))x$((800 * ${SCALE:-1}))"; }
window_size() { echo "$((1120 * ${SCALE:-1}))x$((720 * ${SCALE:-1}))"; }

# xdotool's arguments at the shot's scale: "at X Y" for the point (X, Y) of the 1x window.
at() { echo "$(($1 * ${SCALE:-1})) $(($2 * ${SCALE:-1}))"; }

shoot() { # name lang args... ; SCRIPT (env) = what to do before the shot, SCALE=2, DARK=1, ENV=...
    local name=$1 lang=$2; shift 2
    local home; home=$(mktemp -d)
    [ -n "${PREPARE:-}" ] && HOME_DIR=$home bash -c "$PREPARE"
    local theme=()
    if [ -n "${DARK:-}" ]; then
        mkdir -p "$home/config/qt6ct"
        # Only the colours change: the style and fonts are those of the light shots.
        printf '[Appearance]\ncolor_scheme_path=/usr/share/qt6ct/colors/darker.conf\ncustom_palette=true\nstyle=Fusion\nstandard_dialogs=default\n[Fonts]\ngeneral="Sans Serif,9,-1,5,400,0,0,0,0,0,0,0,0,0,0,1"\nfixed="Monospace,9,-1,5,400,0,0,0,0,0,0,0,0,0,0,1"\n' \
            >"$home/config/qt6ct/qt6ct.conf"
        theme=(QT_QPA_PLATFORMTHEME=qt6ct)
    fi
    env HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run \
    LANG=$lang LC_ALL=$lang LANGUAGE= DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    TWILIO_ACCOUNT_SID= TWILIO_AUTH_TOKEN= TWILIO_API_KEY= TWILIO_API_SECRET= \
    QT_SCALE_FACTOR=${SCALE:-1} "${theme[@]}" ${ENV:-} \
    xvfb-run -a -s "-screen 0 $(screen_size)x24" bash -c '
        mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
        "$0" "${@:3}" & p=$!
        for _ in $(seq 100); do xdotool search --onlyvisible --class mediadesk >/dev/null 2>&1 && break; sleep 0.1; done
        sleep 2
        eval "$SCRIPT"
        sleep 1
        import -window root "$1"
        kill $p; wait $p 2>/dev/null || true' "$app" "$out/$name.png" x "$@"
    # CROP (WxH of the 1x screen) for a shot of a smaller window than the main one.
    local crop; crop=$(window_size)
    [ -n "${CROP:-}" ] && crop="$((${CROP%x*} * ${SCALE:-1}))x$((${CROP#*x} * ${SCALE:-1}))"
    convert "$out/$name.png" -crop "$crop+0+0" +repage "$out/$name.png"
    rm -rf "$home"
}

# Refused credentials: an Environment profile with a wrong Auth Token against a local emulator
# (started here; its pid in $emulator_pid, the profile's variables in $refused_vars).
refused_env() {
    local port_file; port_file=$(mktemp)
    "$emulator" --port 0 --media-port 0 --account-sid AC00000000000000000000000000000001 \
        --auth-token "the right one" >"$port_file" 2>/dev/null &
    emulator_pid=$!
    for _ in $(seq 50); do grep -q '^listening on' "$port_file" && break; sleep 0.1; done
    local base; base=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$port_file" | head -1)
    rm -f "$port_file"
    refused_vars="TWILIO_ACCOUNT_SID=AC00000000000000000000000000000001 TWILIO_AUTH_TOKEN=a-wrong-token \
MEDIADESK_MCS_URL=$base MEDIADESK_CONVERSATIONS_URL=$base"
}

# Where things are in the 1x window, per language (the shots' scripts scale them with `at`).
declare -A library_tab=([en]="266 109" [ja]="193 117") first_row=([en]="120 192" [ja]="120 209") \
    search_field=([en]="100 142" [ja]="100 150") conversations_tab=([en]="355 109" [ja]="258 117") \
    first_conversation=([en]="80 172" [ja]="80 182") add_account=([en]="452 479" [ja]="452 489") \
    picker_arrow=([en]="965 37" [ja]="978 42")
conversation_1_2=CH$(printf mediadesk-sandbox-conversation-1-2 | md5sum | cut -c1-32)

# The shots named in $3.. for one language ($1) with the file-name tag $2 ("" / "-2x" / "-dark").
shots() {
    local lang=$1 tag=$2 suffix=${1%%_*}; shift 2
    for shot in "$@"; do
        case $shot in
        welcome) SCRIPT=':' shoot "welcome-$suffix$tag" "$lang" ;;
        account) # Add Twilio Account…, a name and the start of an Account SID typed
            SCRIPT="xdotool mousemove $(at ${add_account[$suffix]}) click 1; sleep 1.5; xdotool type --delay 20 Production; xdotool key Tab Tab Tab Tab; xdotool type --delay 20 AC12" \
                shoot "account-$suffix$tag" "$lang" ;;
        picker) SCRIPT="sleep 2; xdotool mousemove $(at ${picker_arrow[$suffix]}) click 1" shoot "picker-$suffix$tag" "$lang" --sandbox ;;
        uploads) # a few files queued for the sandbox's first service: they upload as the window opens
            PREPARE="$(declare -f queue_files); queue_files" SCRIPT='sleep 4' shoot "uploads-$suffix$tag" "$lang" --sandbox ;;
        paused) # the queue paused (Queue ▸ Pause All) as it was left: nothing moves until resumed
            PREPARE="$(declare -f queue_files); queue_files; sed -i 's/\"state\": \"queued\"/\"state\": \"paused\"/g' \$HOME_DIR/data/mediadesk/mediadesk/queue.json" \
            SCRIPT="sleep 2; xdotool mousemove $(at ${first_row[$suffix]}) click 1; sleep 1" \
                shoot "paused-$suffix$tag" "$lang" --sandbox ;;
        limits) # uploads held to the speed limit (the status bar says so), Settings open on its limits
            PREPARE="$(declare -f queue_files); queue_files; mkdir -p \$HOME_DIR/config/mediadesk; \
                     printf '[settings]\\nlimitUploads=true\\nuploadLimitKiB=256\\nlimitDownloads=true\\ndownloadLimitKiB=5120\\n' \
                     >>\$HOME_DIR/config/mediadesk/mediadesk.ini" \
            SCRIPT="sleep 3; xdotool mousemove $(at 500 500) click 1; xdotool key ctrl+comma; sleep 1.5" \
                shoot "limits-$suffix$tag" "$lang" --sandbox ;;
        requestlog) # Tools ▸ Request Log (Ctrl+Shift+L) after the uploads, the upload rows chosen (POST)
            PREPARE="$(declare -f queue_files); queue_files" CROP=980x480 \
            SCRIPT="sleep 4; xdotool mousemove $(at 500 500) click 1; xdotool key ctrl+shift+l; sleep 1.5; \
                    xdotool key alt+m Down Down Return; sleep 0.3; xdotool key Tab Tab Tab Tab Down; sleep 0.5" \
                shoot "requestlog-$suffix$tag" "$lang" --sandbox ;;
        conflict) # the library's media downloaded into a download folder that has one of them already
            PREPARE="$(declare -f queue_files); queue_files; mkdir -p \$HOME_DIR/Downloads; \
                     printf 'an older copy\\n' >\"\$HOME_DIR/Downloads/harbour at dusk.png\"; \
                     printf 'an older copy\\n' >\"\$HOME_DIR/Downloads/invoice 2026-11.pdf\"" \
            SCRIPT="sleep 4; xdotool mousemove $(at ${library_tab[$suffix]}) click 1; sleep 1; \
                    xdotool mousemove $(at ${first_row[$suffix]}) click 1; xdotool key ctrl+a ctrl+shift+d; sleep 1.5" \
                shoot "conflict-$suffix$tag" "$lang" --sandbox ;;
        library)
            PREPARE="$(declare -f queue_files); queue_files" \
            SCRIPT="sleep 4; xdotool mousemove $(at ${library_tab[$suffix]}) click 1; sleep 1" \
                shoot "library-$suffix$tag" "$lang" --sandbox ;;
        details) # an image uploaded, looked up from the library, its temporary link copied (Alt+K)
            PREPARE="$(declare -f queue_files); queue_files 'harbour*'" \
            SCRIPT="sleep 4; xdotool mousemove $(at ${library_tab[$suffix]}) click 1; sleep 1; \
                    xdotool mousemove $(at ${first_row[$suffix]}) click --repeat 2 --delay 80 1; sleep 3; \
                    xdotool key alt+k; sleep 1" \
                shoot "details-$suffix$tag" "$lang" --sandbox ;;
        send) # dropped files go on to a conversation: the target chosen (Ctrl+T), the banner, the items sent
            PREPARE="$(declare -f queue_files); queue_files '[hms]*' $conversation_1_2" \
            SCRIPT="sleep 3; xdotool mousemove $(at 500 400) click 1; xdotool key ctrl+t; sleep 1.5; xdotool key alt+Down; sleep 0.5; xdotool key Down Return; \
                    sleep 0.3; xdotool key Tab; xdotool type alice; xdotool key Return" \
                shoot "send-$suffix$tag" "$lang" --sandbox ;;
        conversations) # the same files in their conversation's media, found through the search field
            PREPARE="$(declare -f queue_files); queue_files '[hms]*' $conversation_1_2 'From the harbour walk this morning'" \
            SCRIPT="sleep 5; xdotool mousemove $(at ${conversations_tab[$suffix]}) click 1; sleep 1.5; \
                    xdotool mousemove $(at ${search_field[$suffix]}) click 1; xdotool type --delay 20 sandbox-1-2; sleep 0.5; \
                    xdotool mousemove $(at ${first_conversation[$suffix]}) click 1; sleep 3" \
                shoot "conversations-$suffix$tag" "$lang" --sandbox ;;
        refused) # the account bar: Twilio refused the token
            refused_env
            ENV=$refused_vars SCRIPT='sleep 3' shoot "refused-$suffix$tag" "$lang"
            kill "$emulator_pid" 2>/dev/null || true ;;
        esac
    done
}

for lang in ${LANGS:-en_US.UTF-8 ja_JP.UTF-8}; do
    shots "$lang" "" ${PLAIN-welcome account picker uploads paused limits requestlog conflict library details send conversations refused}
    SCALE=2 shots "$lang" -2x ${DOUBLE-uploads details requestlog}
    DARK=1 shots "$lang" -dark ${DARKER-uploads details conversations refused}
done
echo "Screenshots in $out"
