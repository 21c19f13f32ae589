#!/usr/bin/env bash
# Transfer benchmarks: mediadesk-cli against curl, same emulator, same file, same run.
# Writes build/bench/results.json (design.md) and prints a table.
#   usage: tests/bench/run-bench.sh [BUILD_DIR]     env: BENCH_SIZE_MB (140), BENCH_RUNS (5)
set -euo pipefail
build=$(readlink -f "${1:-build}")
emulator="$build/app/emulator/mediadesk-emulator"
cli="$build/app/cli/mediadesk-cli"
out="$build/bench"
size_mb=${BENCH_SIZE_MB:-140}
runs=${BENCH_RUNS:-5}
mkdir -p "$out"
work=$(mktemp -d "$out/work.XXXXXX")
emulator_pid=
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

account=AC5a7db0c0ffee5a7db0c0ffee5a7db0c0
token=sandbox-auth-token-not-a-secret
file="$work/payload.bin"
head -c "$((size_mb * 1000 * 1000))" /dev/urandom >"$file"
bytes=$(stat -c %s "$file")

"$emulator" --port 0 --data-dir "$work/data" >"$work/emulator.out" 2>"$work/emulator.log" &
emulator_pid=$!
for _ in $(seq 100); do grep -q '^listening on ' "$work/emulator.out" 2>/dev/null && break; sleep 0.05; done
base=$(sed -n 's/^listening on //p' "$work/emulator.out" | head -n1)
export TWILIO_ACCOUNT_SID=$account TWILIO_AUTH_TOKEN=$token MEDIADESK_MCS_URL=$base MEDIADESK_CONVERSATIONS_URL=$base
service=$("$cli" services --json | head -n1 | grep -o '"sid":"IS[0-9a-f]*"' | cut -d'"' -f4)
upload_url="$base/v1/Services/$service/Media?Filename=payload.bin"

configure() { curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data "$1" "$base/_emulator/config"; }

# measure CMD... → "seconds peak_rss_kb" (the best of $runs runs; RSS of that run)
measure() {
    local best="" best_rss=""
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
        read -r secs rss <"$work/time"
        if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$secs; best_rss=$rss; fi
    done
    echo "$best $best_rss"
}

mbps() { awk -v b="$bytes" -v s="$1" 'BEGIN{ if (s <= 0) s = 0.001; printf "%.1f", b / s / 1e6 }'; }

results=()
add_result() { # name value unit baseline baseline_value ratio
    results+=("$(printf '{"name": "%s", "value": %s, "unit": "%s", "baseline": "%s", "baseline_value": %s, "ratio": %s, "machine": "%s"}' \
        "$1" "$2" "$3" "$4" "$5" "$6" "$machine")")
    printf '%-30s %10s %-6s  %-34s %10s  ratio %s\n' "$1" "$2" "$3" "$4" "$5" "$6"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ printf "%.3f", (b > 0 ? a / b : 0) }'; }

machine="$(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1), $(. /etc/os-release; echo "$PRETTY_NAME"), loopback"

run_mode() { # suffix throttle_bytes_per_second
    local suffix=$1 throttle=$2
    configure "{\"throttle\": $throttle}"
    local ours curl_t curl_db
    ours=$(measure "$cli" upload --quiet --service "$service" "$file")
    curl_t=$(measure curl -sS -f -o /dev/null -u "$account:$token" -H 'Expect:' \
        -H 'Content-Type: application/octet-stream' -X POST -T "$file" "$upload_url")
    local ours_s=${ours% *} ours_rss=${ours#* } t_s=${curl_t% *} t_rss=${curl_t#* }
    add_result "upload_vs_curl_T$suffix" "$(mbps "$ours_s")" "MB/s" "curl -H 'Expect:' -T" "$(mbps "$t_s")" "$(ratio "$t_s" "$ours_s")"
    if [ -z "$suffix" ]; then
        curl_db=$(measure curl -sS -f -o /dev/null -u "$account:$token" -H 'Content-Type: application/octet-stream' \
            --data-binary "@$file" "$upload_url")
        local db_s=${curl_db% *} db_rss=${curl_db#* }
        add_result "upload_vs_curl_data_binary" "$(mbps "$ours_s")" "MB/s" "curl --data-binary @file" "$(mbps "$db_s")" "$(ratio "$db_s" "$ours_s")"
        add_result "upload_peak_rss_mb" "$(awk -v k="$ours_rss" 'BEGIN{printf "%.1f", k/1024}')" "MB" "curl -T peak RSS" \
            "$(awk -v k="$t_rss" 'BEGIN{printf "%.1f", k/1024}')" "$(ratio "$ours_rss" "$t_rss")"
    fi

    local media link
    media=$("$cli" upload --quiet --service "$service" "$file" | cut -d' ' -f1)
    ours=$(measure "$cli" download --quiet --force --service "$service" "$media" -o "$work/ours.bin")
    # curl gets a fresh temporary link for each run, as a script would (the link itself is free).
    local best="" best_rss=""
    for _ in $(seq "$runs"); do
        link=$("$cli" url --service "$service" "$media" 2>/dev/null)
        /usr/bin/time -f '%e %M' -o "$work/time" curl -sS -f -o "$work/curl.bin" "$link"
        read -r secs rss <"$work/time"
        if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$secs; best_rss=$rss; fi
    done
    cmp -s "$work/ours.bin" "$file" || { echo "downloaded bytes differ" >&2; exit 1; }
    ours_s=${ours% *}; ours_rss=${ours#* }
    add_result "download_vs_curl$suffix" "$(mbps "$ours_s")" "MB/s" "curl (temporary link)" "$(mbps "$best")" "$(ratio "$best" "$ours_s")"
    if [ -z "$suffix" ]; then
        add_result "download_peak_rss_mb" "$(awk -v k="$ours_rss" 'BEGIN{printf "%.1f", k/1024}')" "MB" "curl peak RSS" \
            "$(awk -v k="$best_rss" 'BEGIN{printf "%.1f", k/1024}')" "$(ratio "$ours_rss" "$best_rss")"
    fi
    rm -f "$work/ours.bin" "$work/curl.bin"
}

printf 'MediaDesk benchmarks: %s MB file, best of %s runs, %s\n\n' "$size_mb" "$runs" "$machine"
run_mode "" 0
run_mode "_1gbit" 125000000

# The window: 200 small files dropped (parallel uploads, one connection reused) against curl
# sending the same files one after another; then event-loop stalls under load.
small="$work/small"
mkdir -p "$small"
for i in $(seq -w 1 200); do head -c $(( (RANDOM % 91 + 10) * 1024 )) /dev/urandom >"$small/file-$i.bin"; done
gui=$(QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui" "$small" "$work/gui" 2>/dev/null) || { echo "bench_gui failed" >&2; exit 1; }
start=$(date +%s%N)
for f in "$small"/*; do
    curl -sS -f -o /dev/null -u "$account:$token" -H 'Content-Type: application/octet-stream' \
        --data-binary "@$f" "$base/v1/Services/$service/Media?Filename=$(basename "$f")"
done
curl_ms=$(( ($(date +%s%N) - start) / 1000000 ))
drop_ms=$(echo "$gui" | sed -n 's/^drop200_ms //p')
add_result "drop200_vs_curl" "$drop_ms" "ms" "curl, one file after another" "$curl_ms" "$(ratio "$drop_ms" "$curl_ms")"
p99=$(echo "$gui" | sed -n 's/^gui_stall_p99_ms //p')
max=$(echo "$gui" | sed -n 's/^gui_stall_max_ms //p')
add_result "gui_stall_p99_ms" "$p99" "ms" "target" "16" "$(ratio "$p99" 16)"
add_result "gui_stall_max_ms" "$max" "ms" "target" "50" "$(ratio "$max" 50)"

# Library scale: 100,000 rows; the baseline is the target (100 ms), so ratio < 1 meets it.
while read -r name value; do
    add_result "$name" "$value" "ms" "target" "100" "$(ratio "$value" 100)"
done < <(QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_library")

{
    printf '[\n'
    for i in "${!results[@]}"; do
        printf '  %s%s\n' "${results[$i]}" "$([ "$i" -lt $((${#results[@]} - 1)) ] && echo ,)"
    done
    printf ']\n'
} >"$out/results.json"
printf '\nWritten to %s\n' "$out/results.json"
