#!/usr/bin/env bash
# MediaDesk developer entry point.
#   ./dev.sh run      install what is missing, build, and open MediaDesk on the local sandbox
#   ./dev.sh test     install what is missing, build (warnings are errors), run the whole suite with ctest;
#                     then the suite again under ASan+UBSan (clang, build-sanitize) and a smoke of each fuzzer
#   ./dev.sh fuzz     run each libFuzzer target for FUZZ_SECONDS (default 300) from tests/fuzz/corpus
#   ./dev.sh bench    build and run the benchmarks; writes build/bench/results.json and the README's table
#   ./dev.sh package  build the .deb with CPack
#   ./dev.sh format   check that every C++ file follows .clang-format (FIX=1 rewrites them)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

BUILD_DIR=build
# Everything the build, the tests and the benchmarks need, from Debian 12's own packages
# (Qt 6.4, QtKeychain, OpenSSL, SQLite driver, Xvfb and gnome-keyring for the tests, xdotool, ImageMagick
# and qt6ct for tools/screenshots.sh, lintian, desktop-file-utils, appstream, file and man-db for the
# package checks, zsh and fish for the completion tests, plus cpp-httplib and the headers its
# pkg-config file names).
PACKAGES=(
    qt6-base-dev libqt6sql6-sqlite qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev libsecret-1-0
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev qt6-image-formats-plugins libgl-dev
    cmake ninja-build g++ pkg-config dpkg-dev fakeroot xvfb xauth dbus dbus-x11 gnome-keyring
    libsecret-tools xdotool imagemagick qt6ct fonts-dejavu-core fonts-noto-cjk curl jq
    lintian desktop-file-utils appstream file man-db zsh fish
    libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev openssl
    clang-14 libclang-rt-14-dev clang-format
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() {
    local werror=${1:-OFF}
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMEDIADESK_WERROR="$werror" >/dev/null
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

SANITIZE_DIR=build-sanitize
# ASan+UBSan with clang, instrumented for libFuzzer too (one extra build serves both). Leaks are
# reported except inside the system's libraries (tests/sanitizer/lsan.supp).
configure_and_build_sanitized() {
    CXX=clang++-14 cmake -S . -B "$SANITIZE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMEDIADESK_SANITIZE=ON -DMEDIADESK_FUZZ=ON >/dev/null
    cmake --build "$SANITIZE_DIR" -j"$(nproc)"
}
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"

run_fuzzers() { # SECONDS
    mkdir -p "$SANITIZE_DIR/fuzz-findings"
    local target name corpus status
    for target in "$SANITIZE_DIR"/tests/fuzz/fuzz_*; do
        [ -f "$target" ] && [ -x "$target" ] || continue # not the build's *_autogen folders
        name=$(basename "$target")
        corpus="$SANITIZE_DIR/fuzz-corpus/$name"
        mkdir -p "$corpus"
        log "Fuzzing $name for $1 s"
        status=0
        "$target" -max_total_time="$1" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$SANITIZE_DIR/fuzz-findings/$name-" -print_final_stats=1 \
            "$corpus" "tests/fuzz/corpus/$name" >"$SANITIZE_DIR/$name.log" 2>&1 || status=$?
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)|ERROR|SUMMARY' "$SANITIZE_DIR/$name.log" || true
        if [ "$status" -ne 0 ]; then
            echo "$name failed (exit $status): see $SANITIZE_DIR/$name.log and $SANITIZE_DIR/fuzz-findings" >&2
            return 1
        fi
    done
}

cmd_test() {
    ensure_packages
    configure_and_build ON
    log "Running the test suite"
    (cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" --timeout 600)
    log "Building the suite with AddressSanitizer and UndefinedBehaviorSanitizer (clang)"
    configure_and_build_sanitized
    log "Running the test suite under the sanitizers"
    # Not the .deb checks: a package is built from the plain (hardened) build, not this one.
    (cd "$SANITIZE_DIR" && ctest --output-on-failure -j"$(nproc)" --timeout 900 -LE 'bench|deb')
    run_fuzzers "${FUZZ_SMOKE_SECONDS:-15}"
}

cmd_fuzz() {
    ensure_packages
    configure_and_build_sanitized
    run_fuzzers "${FUZZ_SECONDS:-300}"
}

cmd_run() {
    ensure_packages
    configure_and_build OFF
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        log "No display found: showing mediadesk-cli against the sandbox instead (or run: xvfb-run ./dev.sh run)"
        exec tools/cli-demo.sh "$BUILD_DIR"
    fi
    log "Opening MediaDesk on the sandbox"
    exec "$BUILD_DIR/app/mediadesk" --sandbox
}

cmd_bench() {
    ensure_packages
    configure_and_build OFF
    tests/bench/run-bench.sh "$BUILD_DIR"
    tools/bench-table.sh --update README.md "$BUILD_DIR/bench/results.json"
}

cmd_format() {
    ensure_packages
    local files
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
    if [ "${FIX:-0}" = 1 ]; then
        clang-format -i "${files[@]}"
        return
    fi
    # Every file the repository holds, as .clang-format lays it out; names the ones that differ.
    local bad
    bad=$(clang-format --dry-run --Werror "${files[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error:.*/\1/p' | sort -u || true)
    if [ -n "$bad" ]; then
        printf 'Not formatted as .clang-format says (run FIX=1 ./dev.sh format):\n%s\n' "$bad" >&2
        return 1
    fi
    log "${#files[@]} files follow .clang-format"
}

cmd_package() {
    ensure_packages
    configure_and_build OFF
    (cd "$BUILD_DIR" && cpack -G DEB)
}

case "${1:-}" in
    run) cmd_run ;;
    test) cmd_test ;;
    bench) cmd_bench ;;
    fuzz) cmd_fuzz ;;
    package) cmd_package ;;
    format) cmd_format ;;
    *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
