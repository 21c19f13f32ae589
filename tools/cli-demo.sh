#!/usr/bin/env bash
# A short tour of mediadesk-cli against the local emulator: services, upload, get, url, download.
# Called by `./dev.sh run` after the build; the argument is the build folder.
set -euo pipefail
build=${1:-build}
emulator="$build/app/emulator/mediadesk-emulator"
cli="$build/app/cli/mediadesk-cli"
work=$(mktemp -d)
emulator_pid=
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }

"$emulator" --port 0 --data-dir "$work/emulator-data" >"$work/emulator.out" 2>"$work/emulator.log" &
emulator_pid=$!
for _ in $(seq 100); do grep -q '^listening on ' "$work/emulator.out" 2>/dev/null && break; sleep 0.05; done
base=$(sed -n 's/^listening on //p' "$work/emulator.out" | head -n1)
[ -n "$base" ] || { echo "the emulator did not start:"; cat "$work/emulator.log"; exit 1; }
echo "mediadesk-emulator is listening on $base (sandbox credentials, no network needed)."

# The emulator's fixed sandbox credentials (not secrets), passed the way the Twilio CLI names them.
export TWILIO_ACCOUNT_SID=AC5a7db0c0ffee5a7db0c0ffee5a7db0c0
export TWILIO_AUTH_TOKEN=sandbox-auth-token-not-a-secret
export MEDIADESK_MCS_URL="$base" MEDIADESK_CONVERSATIONS_URL="$base"

step "mediadesk-cli services"
"$cli" services
service=$("$cli" services --json | head -n1 | grep -o '"sid":"IS[0-9a-f]*"' | cut -d'"' -f4)

# A PNG without an extension (its type comes from its content) and a text file with a Japanese name.
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82' >"$work/pixel"
printf 'こんにちは、MediaDesk!\n' >"$work/挨拶 メモ.txt"

step "mediadesk-cli upload --service $service pixel '挨拶 メモ.txt'"
uploaded=$("$cli" upload --service "$service" "$work/pixel" "$work/挨拶 メモ.txt")
echo "$uploaded"
media=$(echo "$uploaded" | head -n1 | cut -d' ' -f1)

step "mediadesk-cli get --service $service $media"
"$cli" get --service "$service" "$media"

step "mediadesk-cli url --service $service $media"
"$cli" url --service "$service" "$media"

mkdir -p "$work/downloads"
step "mediadesk-cli download --service $service $media -o downloads/"
saved=$("$cli" download --service "$service" "$media" -o "$work/downloads")
echo "$saved"
cmp "$saved" "$work/pixel" && echo "The downloaded bytes are identical to the uploaded file."

if [ -t 0 ]; then
    printf '\nThe emulator keeps running at %s; in another terminal try:\n' "$base"
    printf '  export TWILIO_ACCOUNT_SID=%s TWILIO_AUTH_TOKEN=%s MEDIADESK_MCS_URL=%s MEDIADESK_CONVERSATIONS_URL=%s\n' \
        "$TWILIO_ACCOUNT_SID" "$TWILIO_AUTH_TOKEN" "$base" "$base"
    printf '  %s upload --service %s FILE…\nPress Enter to stop it.\n' "$(readlink -f "$cli")" "$service"
    read -r _
fi
