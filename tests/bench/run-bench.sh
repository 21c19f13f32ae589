#!/usr/bin/env bash
# Transfer benchmarks: MediaDesk against curl, same emulator, same files, same run, same path.
# Everything goes over TLS (the emulator with a throwaway CA; curl --cacert, MediaDesk
# MEDIADESK_CA_FILE). The "wan_" rows and the window's drop row cross tests/bench/wansim.cpp:
# 50 ms round-trip time (also on connection set-up) and 100 Mbit/s per direction.
#
# Method: wall time in milliseconds (date +%s%N around each command), contenders interleaved
# (ours, curl, ours, curl…), one warm-up pair discarded, then the median of BENCH_RUNS (≥ 7)
# pairs; min and max are kept. Peak RSS comes from /usr/bin/time -f %M on the same runs.
# Writes build/bench/results.json (name, value, unit, baseline, ratio, target, better, runs, statistic, conditions)
# and prints a table; tools/bench-table.sh turns the JSON into the README's table.
#   usage: tests/bench/run-bench.sh [BUILD_DIR]   env: BENCH_SIZE_MB (140), BENCH_RUNS (7),
#          BENCH_ONLY (a space-separated subset of: big resume limit small window export scroll library; the rows
#          it does not run are kept from the results.json already there)
# Each row is written to results.json as soon as it is measured, so a run stopped halfway keeps
# what it measured; each part says how long it took.
set -euo pipefail
build=$(readlink -f "${1:-build}")
src=$(cd "$(dirname "$0")/../.." && pwd)
emulator="$build/app/emulator/mediadesk-emulator"
wansim="$build/tests/bench/mediadesk-wansim"
cli="$build/app/cli/mediadesk-cli"
out="$build/bench"
size_mb=${BENCH_SIZE_MB:-140}
runs=${BENCH_RUNS:-7}
rtt_ms=50
wan_rate=12500000 # 100 Mbit/s
mkdir -p "$out"
work=$(mktemp -d "$out/work.XXXXXX")
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# Never the developer's library, profiles or keychain.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/home/run" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

sh "$src/tests/support/make-test-ca.sh" "$work/certs"
export MEDIADESK_CA_FILE="$work/certs/ca.pem"
tls=(--cacert "$work/certs/ca.pem")

account=AC5a7db0c0ffee5a7db0c0ffee5a7db0c0
token=sandbox-auth-token-not-a-secret # the emulator's fixed sandbox credential, not a secret
file="$work/payload.bin"
head -c "$((size_mb * 1000 * 1000))" /dev/urandom >"$file"
bytes=$(stat -c %s "$file")

first_line() { # FILE PREFIX → the rest of the first line starting with PREFIX (waits for it)
    for _ in $(seq 200); do grep -q "^$2" "$1" 2>/dev/null && break; sleep 0.05; done
    sed -n "s/^$2//p" "$1" | head -n1
}
"$emulator" --port 0 --quiet --data-dir "$work/data" --tls-cert "$work/certs/server.pem" \
    --tls-key "$work/certs/server.key" >"$work/emulator.out" 2>"$work/emulator.log" &
pids+=($!)
direct=$(first_line "$work/emulator.out" 'listening on ')
media=$(first_line "$work/emulator.out" 'media on ')
admin_token=$(first_line "$work/emulator.out" 'admin token ')
"$wansim" --target "${direct##*:}" --rtt-ms $rtt_ms --rate $wan_rate >"$work/wan-api.out" &
pids+=($!)
"$wansim" --target "${media##*:}" --rtt-ms $rtt_ms --rate $wan_rate >"$work/wan-media.out" &
pids+=($!)
wan="https://$(first_line "$work/wan-api.out" 'listening on ')"
wan_media="https://$(first_line "$work/wan-media.out" 'listening on ')"

export TWILIO_ACCOUNT_SID=$account TWILIO_AUTH_TOKEN=$token
configure() { curl -sS -f "${tls[@]}" -o /dev/null -X POST -H 'Content-Type: application/json' \
    -H "X-Emulator-Token: $admin_token" --data "$1" "$direct/_emulator/config"; }
use_path() { # direct|wan: where MediaDesk and curl send requests, and where temporary links point
    if [ "$1" = wan ]; then base=$wan; configure "{\"media_origin\": \"$wan_media\"}"
    else base=$direct; configure '{"media_origin": ""}'; fi
    export MEDIADESK_MCS_URL=$base MEDIADESK_CONVERSATIONS_URL=$base
}
use_path direct
service=$("$cli" services --json | head -n1 | grep -o '"sid":"IS[0-9a-f]*"' | cut -d'"' -f4)

# Every row names the code it measured: the commit, marked -dirty when the tree had changes.
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
commit="$(git -C "$source_dir" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git -C "$source_dir" diff --quiet HEAD 2>/dev/null || commit="$commit-dirty"
machine="$(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1), $(. /etc/os-release; echo "$PRETTY_NAME")"

# timed CMD... → last_ms (wall, milliseconds) and last_rss_kb (peak RSS)
timed() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/rss" "$@" >"$work/stdout" 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
    end=$(date +%s%N)
    last_ms=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.1f", (b - a) / 1e6}')
    last_rss_kb=$(tail -n1 "$work/rss")
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
minimum() { tr ' ' '\n' | sed '/^$/d' | sort -g | head -n1; }
maximum() { tr ' ' '\n' | sed '/^$/d' | sort -g | tail -n1; }

# race OURS_FN CURL_FN [AFTER_FN]: each *_FN sets the array `cmd` (and may prepare files) before a
# run; AFTER_FN, given the side (ours|curl), runs after each, outside the timing.
# MediaDesk's download run includes its metadata request (a fresh link); curl's link is fetched
# outside its timing, as a script would hold one already: that asymmetry counts against us.
# Fills ours_ms/curl_ms/ours_rss/curl_rss with the measured runs (space-separated).
race() {
    ours_ms="" curl_ms="" ours_rss="" curl_rss=""
    local i side
    for i in $(seq 0 "$runs"); do
        # ABBA order: neither contender always goes first (page cache, server state).
        for side in $([ $((i % 2)) -eq 0 ] && echo "ours curl" || echo "curl ours"); do
            if [ "$side" = ours ]; then
                "$1"; timed "${cmd[@]}"
                [ "$i" -gt 0 ] && ours_ms+=" $last_ms" && ours_rss+=" $last_rss_kb"
            else
                "$2"; timed "${cmd[@]}"
                [ "$i" -gt 0 ] && curl_ms+=" $last_ms" && curl_rss+=" $last_rss_kb"
            fi
            [ -z "${3:-}" ] || "$3" "$side"
        done
    done
    return 0
}

only=${BENCH_ONLY:-}
want() { [ -z "$only" ] || [[ " $only " == *" $1 "* ]]; }

# A partial run keeps, in their places, the rows it did not measure from the results there when it
# began (one row a line); rows new to the file go last. Written after every row, through a rename.
previous="$work/previous.json"
if [ -f "$out/results.json" ]; then cp "$out/results.json" "$previous"; else : >"$previous"; fi
name_of() { grep -o '"name": "[^"]*"' <<<"$1" | head -n1 | cut -d'"' -f4 || true; }
write_results() {
    local all=("${rows[@]}") merged=() line name fresh r i
    if [ -n "$only" ] && [ -s "$previous" ]; then
        while IFS= read -r line; do
            name=$(name_of "$line")
            [ -n "$name" ] || continue
            fresh=$(printf '%s\n' "${rows[@]}" | grep -F "\"name\": \"$name\"" || true)
            merged+=("${fresh:-$(sed 's/^[[:space:]]*//; s/,$//' <<<"$line")}")
        done <"$previous"
        for r in "${rows[@]}"; do
            grep -qF "\"name\": \"$(name_of "$r")\"" "$previous" || merged+=("$r")
        done
        all=("${merged[@]}")
    fi
    {
        printf '[\n'
        for i in "${!all[@]}"; do
            printf '  %s%s\n' "${all[$i]}" "$([ "$i" -lt $((${#all[@]} - 1)) ] && echo , || true)"
        done
        printf ']\n'
    } >"$out/results.json.new"
    mv "$out/results.json.new" "$out/results.json"
}
# begin_part NAME: says how long the part before took, and starts timing this one.
part_name="" part_started=0
begin_part() {
    local now
    now=$(date +%s)
    [ -n "$part_name" ] && printf '  (%s took %d s)\n' "$part_name" "$((now - part_started))"
    part_name=$1 part_started=$now
}

rows=()
# row NAME VALUE UNIT BETTER BASELINE BASELINE_VALUE RATIO MIN MAX BMIN BMAX CONDITIONS TARGET
row() {
    local meets
    meets=$(awk -v r="$7" -v t="${13}" 'BEGIN{ if (t == "") { print "null"; exit }
        split(t, p, " ")
        if (p[1] == "within") ok = (r >= 1 - p[2] && r <= 1 + p[2]); else ok = (p[1] == ">=") ? (r >= p[2]) : (r <= p[2])
        print (ok ? "true" : "false") }')
    rows+=("$(printf '{"name": "%s", "value": %s, "unit": "%s", "better": "%s", "baseline": "%s", "baseline_value": %s, "ratio": %s, "runs": %s, "statistic": "%s", "min": %s, "max": %s, "baseline_min": %s, "baseline_max": %s, "conditions": %s, "target": "%s", "meets_target": %s, "machine": "%s", "commit": "%s"}' \
        "$1" "$2" "$3" "$4" "$5" "$6" "$7" "${row_runs:-$runs}" "${row_statistic:-median}" "$8" "$9" "${10}" "${11}" "${12}" "${13}" "$meets" "$machine" "$commit")")
    printf '%-28s %10s %-5s  %-34s %10s  ratio %-6s %s %s\n' "$1" "$2" "$3" "$5" "$6" "$7" "${13:+target ${13}}" \
        "$([ "$meets" = false ] && echo '(missed)' || true)"
    write_results
}
mbps() { awk -v b="$1" -v ms="$2" 'BEGIN{printf "%.1f", b / (ms / 1000) / 1e6}'; }
mb() { awk -v k="$1" 'BEGIN{printf "%.1f", k / 1024}'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.3f", (b > 0 ? a / b : 0)}'; }
conditions() { # SIZE_BYTES RTT RATE_BYTES_PER_S LABEL (busy_core=1: another program keeps a core busy)
    printf '{"size": %s, "rtt_ms": %s, "rate": %s, "tls": true, "path": "%s"%s}' "$1" "$2" "$3" "$4" \
        "$([ -n "${busy_core:-}" ] && echo ', "busy_core": true' || true)"
}

# Throughput rows (MB/s, higher is better): ratio = curl's median time / ours.
throughput_row() { # NAME BASELINE_LABEL CONDITIONS TARGET
    local om cm
    om=$(echo "$ours_ms" | median); cm=$(echo "$curl_ms" | median)
    row "$1" "$(mbps "$bytes" "$om")" "MB/s" higher "$2" "$(mbps "$bytes" "$cm")" "$(div "$cm" "$om")" \
        "$(mbps "$bytes" "$(echo "$ours_ms" | maximum)")" "$(mbps "$bytes" "$(echo "$ours_ms" | minimum)")" \
        "$(mbps "$bytes" "$(echo "$curl_ms" | maximum)")" "$(mbps "$bytes" "$(echo "$curl_ms" | minimum)")" "$3" "$4"
}
# Time rows (ms, lower is better): ratio = ours / curl.
time_row() { # NAME BASELINE_LABEL CONDITIONS TARGET
    local om cm
    om=$(echo "$ours_ms" | median); cm=$(echo "$curl_ms" | median)
    row "$1" "$om" "ms" lower "$2" "$cm" "$(div "$om" "$cm")" "$(echo "$ours_ms" | minimum)" \
        "$(echo "$ours_ms" | maximum)" "$(echo "$curl_ms" | minimum)" "$(echo "$curl_ms" | maximum)" "$3" "$4"
}
rss_row() { # NAME CONDITIONS TARGET: peak RSS, lower is better; the target is an absolute cap
    local orss crss
    orss=$(mb "$(echo "$ours_rss" | median)"); crss=$(mb "$(echo "$curl_rss" | median)")
    row "$1" "$orss" "MB" lower "curl peak RSS" "$crss" "$(div "$orss" "$crss")" \
        "$(mb "$(echo "$ours_rss" | minimum)")" "$(mb "$(echo "$ours_rss" | maximum)")" \
        "$(mb "$(echo "$curl_rss" | minimum)")" "$(mb "$(echo "$curl_rss" | maximum)")" "$2" ""
    if [ -n "$3" ]; then
        row "$1_cap" "$orss" "MB" lower "cap" "$3" "$(div "$orss" "$3")" \
            "$(mb "$(echo "$ours_rss" | minimum)")" "$(mb "$(echo "$ours_rss" | maximum)")" "$3" "$3" "$2" "<= 1.0"
    fi
}

# --- contenders ---------------------------------------------------------------------------
upload_url() { echo "$base/v1/Services/$service/Media?Filename=$1"; }
ours_upload() { cmd=("$cli" upload --quiet --service "$service" "$file"); }
curl_upload() { # -T streams from the file; Expect: off, as QNAM never waits for 100 Continue
    cmd=(curl -sS -f "${tls[@]}" -o "$work/reply.json" -u "$account:$token" -H 'Expect:' \
        -H 'Content-Type: application/octet-stream' -X POST -T "$file" "$(upload_url payload.bin)")
}
# forget_uploads SIDE: deletes what the run just uploaded (the SIDs in its output). Every upload run
# then meets the same server: on this kind of machine writing new page cache slows tenfold once
# about 1.7 GB of it is held (measured with plain `head -c 140M >file` loops, files kept: 125 ms a
# file, then 1.1–1.5 s), and 16 runs of 140 MB would cross that in the middle of a race.
forget_uploads() {
    local sid
    for sid in $(grep -ho 'ME[0-9a-f]\{32\}' "$work/stdout" "$work/reply.json" 2>/dev/null | sort -u); do
        curl -sS -f "${tls[@]}" -o /dev/null -X DELETE -H "X-Emulator-Token: $admin_token" "$direct/_emulator/media/$sid"
    done
    rm -f "$work/reply.json"
}
ours_download() { cmd=("$cli" download --quiet --force --service "$service" "$media_sid" -o "$work/ours.bin"); }
curl_download() { # a fresh temporary link each run, as a script would (fetched outside the timing)
    local link
    link=$("$cli" url --service "$service" "$media_sid" 2>/dev/null)
    cmd=(curl -sS -f "${tls[@]}" -o "$work/curl.bin" "$link")
}

run_big() { # UPLOAD_ROW DOWNLOAD_ROW PATH EMULATOR_THROTTLE RATE_FOR_CONDITIONS TARGET [rss]
    local path=$3 throttle=$4 rate=$5 target=$6 rss=${7:-} rtt=0 cond
    [ "$path" = wan ] && rtt=$rtt_ms
    use_path "$path"
    configure "{\"throttle\": $throttle}"
    cond=$(conditions "$bytes" "$rtt" "$rate" "$path")
    race ours_upload curl_upload forget_uploads
    throughput_row "$1" "curl -H 'Expect:' -T" "$cond" "$target"
    [ -n "$rss" ] && rss_row upload_peak_rss_mb "$cond" 64
    media_sid=$("$cli" upload --quiet --service "$service" "$file" | cut -d' ' -f1)
    race ours_download curl_download
    cmp -s "$work/ours.bin" "$file" && cmp -s "$work/curl.bin" "$file" || { echo "downloaded bytes differ" >&2; exit 1; }
    throughput_row "$2" "curl (temporary link)" "$cond" "$target"
    [ -n "$rss" ] && rss_row download_peak_rss_mb "$cond" 64
    rm -f "$work/ours.bin" "$work/curl.bin"
    echo "$media_sid" >"$work/stdout" && forget_uploads ours
    configure '{"throttle": 0}'
}

printf 'MediaDesk benchmarks: %s MB file, median of %s interleaved runs after a warm-up, %s\n\n' "$size_mb" "$runs" "$machine"
if want big; then
begin_part big
run_big upload_vs_curl_T_1gbit download_vs_curl_1gbit direct 125000000 125000000 ">= 0.95" rss
# Again with one core kept busy by another program (a plain CPU loop at normal priority, as a
# browser or a compiler would): a desktop is rarely quiet, and both contenders share what is left.
(while :; do :; done) &
busy_pid=$!
pids+=("$busy_pid")
busy_core=1 run_big upload_vs_curl_T_1gbit_busy download_vs_curl_1gbit_busy direct 125000000 125000000 ">= 0.95"
kill "$busy_pid"
run_big wan_upload_100mbit_vs_curl wan_download_100mbit_vs_curl wan 0 $wan_rate ">= 0.95"
# Unthrottled loopback has no target: it shows each client's ceiling on two cores shared with the
# emulator, where curl wins.
run_big upload_vs_curl_T download_vs_curl direct 0 0 ""
fi

# --- a download cut at 70 % -------------------------------------------------------------------
# Bytes the media host sent ÷ the file's size (lower is better), through the WAN relay: MediaDesk's
# own retry asks for the rest (Range + If-Range); curl --retry (without -C) fetches it all again;
# curl run again with -C - after the cut fetches the rest. The cut is the emulator's clean close
# (cut_after_bytes), so every byte sent before it arrives. One run each: a count of bytes, not a time.
add_fault() { curl -sS -f "${tls[@]}" -o /dev/null -X POST -H 'Content-Type: application/json' \
    -H "X-Emulator-Token: $admin_token" --data "$1" "$direct/_emulator/faults"; }
sent_of() { # MEDIA_SID → content bytes the emulator has sent of it
    curl -sS -f "${tls[@]}" -H "X-Emulator-Token: $admin_token" "$direct/_emulator/stats" |
        grep -o "\"$1\": *[0-9]*" | grep -o '[0-9]*$' || echo 0
}
if want resume; then
begin_part resume
use_path wan
resume_sid=$("$cli" upload --quiet --service "$service" "$file" | cut -d' ' -f1)
cut_fault="{\"origin\": \"media\", \"path_prefix\": \"/$resume_sid\", \"cut_after_bytes\": $((bytes * 7 / 10))}"
resume_sent() { # NAME CMD... → resume_share: what the host sent for it, ÷ the file's size
    local before after
    before=$(sent_of "$resume_sid")
    add_fault "$cut_fault"
    "${@:2}" >/dev/null 2>&1 || true
    after=$(sent_of "$resume_sid")
    resume_share=$(div "$((after - before))" "$bytes")
    printf '  %-24s %s × the size\n' "$1" "$resume_share"
}
resume_sent mediadesk "$cli" download --quiet --force --service "$service" "$resume_sid" -o "$work/ours.bin"
ours_share=$resume_share
resume_sent "curl --retry" curl -sS -f "${tls[@]}" --retry 3 --retry-all-errors --retry-delay 1 \
    -o "$work/curl.bin" "$("$cli" url --service "$service" "$resume_sid" 2>/dev/null)"
retry_share=$resume_share
continued() { # curl cut, then curl -C - on the same file
    local link
    link=$("$cli" url --service "$service" "$resume_sid" 2>/dev/null)
    curl -sS -f "${tls[@]}" -o "$work/curl-c.bin" "$link" || true
    curl -sS -f "${tls[@]}" -C - -o "$work/curl-c.bin" "$link"
}
resume_sent "curl, then curl -C -" continued
continue_share=$resume_share
for f in ours.bin curl.bin curl-c.bin; do
    cmp -s "$work/$f" "$file" || { echo "$f differs after the cut" >&2; exit 1; }
done
rm -f "$work/ours.bin" "$work/curl.bin" "$work/curl-c.bin"
resume_cond=$(conditions "$bytes" $rtt_ms $wan_rate wan | sed 's/}$/, "cut_at": 0.7}/')
row_runs=1 row_statistic=single row download_resume_after_cut "$ours_share" "× size" lower "curl -C - run again" \
    "$continue_share" "$ours_share" "$ours_share" "$ours_share" "$continue_share" "$continue_share" "$resume_cond" "<= 1.05"
row_runs=1 row_statistic=single row download_resume_after_cut_vs_retry "$ours_share" "× size" lower \
    "curl --retry (no -C)" "$retry_share" "$(div "$ours_share" "$retry_share")" "$ours_share" "$ours_share" \
    "$retry_share" "$retry_share" "$resume_cond" ""
use_path direct
fi

# --- speed limits: --limit-rate 2M and 5M --------------------------------------------------------
# The rate achieved ÷ the rate set (nearest 1.0 is best), MediaDesk's --limit-rate against curl's in
# the same run, each on a file of five seconds' worth, direct (the limit, not the path, is the
# bottleneck). MediaDesk's time includes its start and, for a download, its metadata request; curl's
# download link is fetched outside its timing.
if want limit; then
begin_part limit
limit_runs=3
for limit in 2M 5M; do
    rate_bytes=$(( ${limit%M} * 1024 * 1024 ))
    limit_file="$work/limit-$limit.bin"
    head -c "$((rate_bytes * 5))" /dev/urandom >"$limit_file"
    limit_bytes=$(stat -c %s "$limit_file")
    limit_sid=$("$cli" upload --quiet --service "$service" "$limit_file" | cut -d' ' -f1)
    ours_limited_upload() { cmd=("$cli" upload --quiet --limit-rate "$limit" --service "$service" "$limit_file"); }
    curl_limited_upload() {
        cmd=(curl -sS -f "${tls[@]}" -o /dev/null -u "$account:$token" -H 'Expect:' --limit-rate "$limit" \
            -H 'Content-Type: application/octet-stream' -X POST -T "$limit_file" "$(upload_url limit.bin)")
    }
    ours_limited_download() {
        cmd=("$cli" download --quiet --force --limit-rate "$limit" --service "$service" "$limit_sid" -o "$work/ours.bin")
    }
    curl_limited_download() {
        local link
        link=$("$cli" url --service "$service" "$limit_sid" 2>/dev/null)
        cmd=(curl -sS -f "${tls[@]}" --limit-rate "$limit" -o "$work/curl.bin" "$link")
    }
    for direction in upload download; do
        runs=$limit_runs race "ours_limited_$direction" "curl_limited_$direction"
        om=$(echo "$ours_ms" | median); cm=$(echo "$curl_ms" | median)
        achieved() { awk -v b="$limit_bytes" -v ms="$1" -v r="$rate_bytes" 'BEGIN{printf "%.3f", b / (ms / 1000) / r}'; }
        lower=$(echo "$limit" | tr 'M' 'm')
        limit_cond=$(conditions "$limit_bytes" 0 "$rate_bytes" direct)
        row_runs=$limit_runs row "limit_rate_${direction}_$lower" "$(achieved "$om")" "× rate" target \
            "curl --limit-rate $limit" "$(achieved "$cm")" "$(achieved "$om")" \
            "$(achieved "$(echo "$ours_ms" | maximum)")" "$(achieved "$(echo "$ours_ms" | minimum)")" \
            "$(achieved "$(echo "$curl_ms" | maximum)")" "$(achieved "$(echo "$curl_ms" | minimum)")" \
            "$limit_cond" "within 0.05"
    done
    cmp -s "$work/ours.bin" "$limit_file" && cmp -s "$work/curl.bin" "$limit_file" ||
        { echo "downloaded bytes differ under the limit" >&2; exit 1; }
    rm -f "$work/ours.bin" "$work/curl.bin" "$limit_file"
done
fi

# --- many small files: 200 of 10–100 KB --------------------------------------------------------
small="$work/small"
mkdir -p "$small"
for i in $(seq -w 1 200); do head -c $(((RANDOM % 91 + 10) * 1000)) /dev/urandom >"$small/file-$i.bin"; done
small_bytes=$(du -cb "$small"/* | tail -n1 | cut -f1)
curl_config() { # one curl process, keep-alive, N in parallel
    : >"$work/curl.cfg"
    for f in "$small"/*; do
        printf 'url = "%s"\nupload-file = "%s"\noutput = "/dev/null"\n' "$(upload_url "$(basename "$f")")" "$f" >>"$work/curl.cfg"
    done
}
curl_small() {
    cmd=(curl -sS -f "${tls[@]}" -u "$account:$token" -H 'Expect:' -H 'Content-Type: application/octet-stream' \
        -X POST --parallel --parallel-max "$parallel" -K "$work/curl.cfg")
}
ours_small() { cmd=("$cli" upload --quiet --jobs "$parallel" --service "$service" "$small"/*); }
use_path wan
curl_config
parallel=4
if want small; then
begin_part small
race ours_small curl_small
time_row wan_small_files_vs_curl "curl --parallel --parallel-max 4" "$(conditions "$small_bytes" $rtt_ms $wan_rate wan)" "<= 1.0"
fi

# The window: the same 200 files dropped on it, against curl with the window's parallelism.
# bench_gui's own timer runs from the drop to the last upload done (the window's start-up is not
# counted); curl is timed as a whole process (its start-up, a few ms, is).
gui_drop() { cmd=(env QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui" drop "$small" "$work/gui"); }
if want window; then
begin_part window
gui_drop; timed "${cmd[@]}"
parallel=$(sed -n 's/^parallel //p' "$work/stdout")
ours_ms="" curl_ms=""
for i in $(seq 0 "$runs"); do
    gui_drop; timed "${cmd[@]}"
    [ "$i" -gt 0 ] && ours_ms+=" $(sed -n 's/^drop_ms //p' "$work/stdout")"
    curl_small; timed "${cmd[@]}"
    [ "$i" -gt 0 ] && curl_ms+=" $last_ms"
done
# No target of the issue's for this row: it is reported as measured, won or lost.
time_row drop200_vs_curl_parallel "curl --parallel --parallel-max $parallel" "$(conditions "$small_bytes" $rtt_ms $wan_rate wan)" ""
fi
use_path direct

# --- a conversation's media: 500 messages carrying one 50–500 KB media each ---------------------
# MediaDesk: mediadesk-cli export (messages newest first, links in bulk through MediaSet, 4
# downloads at once, each file synced to disk before it gets its name). curl: what a person's
# script does with the documented API: page the messages, one GET of each media's metadata for its
# temporary link, then the downloads; both curl phases run 4 at a time in one process (--parallel).
if want export; then
begin_part export
conversation=$("$cli" conversations --service "$service" --json | sed -n 2p | grep -o '"sid":"CH[0-9a-f]*"' | cut -d'"' -f4)
exp_src="$work/export-src"
mkdir -p "$exp_src"
for i in $(seq -w 1 500); do head -c $(((RANDOM % 451 + 50) * 1000)) /dev/urandom >"$exp_src/photo-$i.jpg"; done
"$cli" send --quiet --service "$service" --conversation "$conversation" "$exp_src"/* >/dev/null
export_bytes=$(du -cb "$exp_src"/* | tail -n1 | cut -f1)
cat >"$work/curl-export.sh" <<'SCRIPT'
set -euo pipefail
out=$1
page="$BASE/v1/Services/$SERVICE/Conversations/$CONVERSATION/Messages?Order=desc&PageSize=100"
: >"$out/.sids"
while [ -n "$page" ]; do
    json=$(curl -sS -f --cacert "$CA" -u "$ACCOUNT:$TOKEN" "$page")
    jq -r '.messages[].media[]?.sid' <<<"$json" >>"$out/.sids"
    page=$(jq -r '.meta.next_page_url // empty' <<<"$json")
done
mkdir -p "$out/.meta"
while read -r sid; do
    printf 'url = "%s/v1/Services/%s/Media/%s"\noutput = "%s/.meta/%s.json"\n' "$BASE" "$SERVICE" "$sid" "$out" "$sid"
done <"$out/.sids" >"$out/.meta.cfg"
curl -sS -f --cacert "$CA" -u "$ACCOUNT:$TOKEN" --parallel --parallel-max 4 -K "$out/.meta.cfg"
for meta in "$out"/.meta/*.json; do
    jq -r --arg out "$out" '"url = \"" + .links.content_direct_temporary + "\"\noutput = \"" + $out + "/" + .sid + "-" + .filename + "\""' "$meta"
done >"$out/.downloads.cfg"
curl -sS -f --cacert "$CA" --parallel --parallel-max 4 -K "$out/.downloads.cfg"
SCRIPT
ours_export() {
    rm -rf "$work/export-ours"
    cmd=("$cli" export --quiet --jobs 4 --service "$service" --conversation "$conversation" -o "$work/export-ours")
}
curl_export() {
    rm -rf "$work/export-curl"
    mkdir -p "$work/export-curl"
    cmd=(env BASE="$base" SERVICE="$service" CONVERSATION="$conversation" CA="$work/certs/ca.pem" ACCOUNT="$account"
        TOKEN="$token" bash "$work/curl-export.sh" "$work/export-curl")
}
use_path wan
race ours_export curl_export
ours_files=$(find "$work/export-ours" -type f ! -name manifest.json | wc -l)
curl_files=$(find "$work/export-curl" -maxdepth 1 -type f ! -name ".*" | wc -l)
[ "$ours_files" -eq 500 ] && [ "$curl_files" -eq 500 ] ||
    { echo "an export is incomplete: MediaDesk $ours_files files, curl $curl_files" >&2; exit 1; }
time_row export_500_media_vs_curl "curl script (page, GET each, download; --parallel-max 4)" \
    "$(conditions "$export_bytes" $rtt_ms $wan_rate wan)" "<= 0.5"
use_path direct
fi

# Single measurements from here on: each run is itself a long sample (stalls over the whole load;
# library timings inside bench_library).
row_runs=1 row_statistic=single
if want window; then
begin_part 'window (stalls)'
# Responsiveness under unthrottled load: 3 × 100 MB uploading, 1,000 files waiting.
stall=$(QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui" stall "$work/gui-stall" 2>/dev/null) || { echo "bench_gui stall failed" >&2; exit 1; }
for name in ui_stall_p99_ms:16 ui_stall_max_ms:50; do
    value=$(echo "$stall" | sed -n "s/^${name%%:*} //p")
    row "${name%%:*}" "$value" ms lower target "${name##*:}" "$(div "$value" "${name##*:}")" "$value" "$value" \
        "${name##*:}" "${name##*:}" "$(conditions 0 0 0 direct)" "<= 1.0"
done
fi

# Pause: from Queue ▸ Pause All to the last byte the emulator reads or sends, with two 140 MB uploads
# held to 20 MiB/s each by the emulator so that the pause comes mid-transfer. Five runs; the
# baseline is the target (250 ms).
if want window; then
begin_part 'window (pause)'
configure '{"throttle": 20971520}'
pause_all=""
for i in 1 2 3 4 5; do
    one=$(QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui" pause "$work/gui-pause-$i" "$direct/_emulator/stats" \
        "$admin_token" 2>/dev/null) || { echo "bench_gui pause failed" >&2; exit 1; }
    echo "  run $i: $(echo "$one" | tr '\n' ' ')"
    pause_all+=" $(echo "$one" | sed -n 's/^pause_to_idle_ms //p')"
    rm -rf "$work/gui-pause-$i"
done
configure '{"throttle": 0}'
row_runs=5 row_statistic=median
value=$(median <<<"$pause_all")
row pause_to_idle_ms "$value" ms lower target 250 "$(div "$value" 250)" "$(minimum <<<"$pause_all")" \
    "$(maximum <<<"$pause_all")" 250 250 "$(conditions 280000000 0 20971520 direct)" "<= 1.0"
row_runs=1 row_statistic=single
fi

# The Conversations tab: a conversation of 10,000 messages, each with its own 640×480 JPEG, scrolled
# a page per frame to its end over the WAN (pages of messages read as the view nears its end,
# thumbnails fetched for the rows on screen). Stalls of the event loop and the peak memory; the
# baseline is the target.
if want scroll; then
begin_part scroll
scroll_conversation=$("$cli" conversations --service "$service" --json | sed -n 3p | grep -o '"sid":"CH[0-9a-f]*"' | cut -d'"' -f4)
convert -size 640x480 plasma:fractal -quality 85 "$work/photo.jpg"
photo=$("$cli" upload --json --service "$service" "$work/photo.jpg" | grep -o '"sid":"ME[0-9a-f]*"' | head -n1 | cut -d'"' -f4)
curl -sS -f "${tls[@]}" -o /dev/null -X POST -H 'Content-Type: application/json' -H "X-Emulator-Token: $admin_token" \
    --data "{\"count\": 10000, \"author\": \"customer\", \"body\": \"Photo %1 from the site visit\", \"media_from\": \"$photo\"}" \
    "$direct/_emulator/conversations/$scroll_conversation/messages"
use_path wan
# Three runs, each with an empty thumbnail cache; the median of each measure, with min and max.
scroll_runs=3
scroll_all=""
for i in $(seq $scroll_runs); do
    one=$(QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui" scroll "$work/gui-scroll-$i" "$scroll_conversation" 2>/dev/null) ||
        { echo "bench_gui scroll failed" >&2; exit 1; }
    [ "$(echo "$one" | sed -n 's/^scroll_rows //p')" = 10000 ] || { echo "the scroll did not reach every message" >&2; exit 1; }
    echo "  run $i: $(echo "$one" | tr '\n' ' ')"
    scroll_all+="$one"$'\n'
done
use_path direct
row_runs=$scroll_runs row_statistic=median
for name in scroll_stall_p99_ms:16:ms scroll_stall_max_ms:50:ms scroll_peak_rss_mb:150:MB; do
    IFS=: read -r key target unit <<<"$name"
    values=$(echo "$scroll_all" | sed -n "s/^$key //p" | tr '\n' ' ')
    value=$(median <<<"$values")
    row "$key" "$value" "$unit" lower target "$target" "$(div "$value" "$target")" "$(minimum <<<"$values")" \
        "$(maximum <<<"$values")" "$target" "$target" "$(conditions 0 $rtt_ms $wan_rate wan)" "<= 1.0"
done
row_runs=1 row_statistic=single
fi

# Library scale: 100,000 rows; the baseline is the target (100 ms).
if want library; then
begin_part library
while read -r name value; do
    row "$name" "$value" ms lower target 100 "$(div "$value" 100)" "$value" "$value" 100 100 '{}' "<= 1.0"
done < <(QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_library")
fi

begin_part done
printf '\nWritten to %s\n' "$out/results.json"
