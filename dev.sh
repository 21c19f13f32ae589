#!/usr/bin/env bash
# MediaDesk developer entry point.
#   ./dev.sh run      install what is missing, build, and open MediaDesk on the local sandbox
#   ./dev.sh test     install what is missing, build (warnings are errors), run the whole suite with ctest
#   ./dev.sh bench    build and run the benchmarks; writes build/bench/results.json and the README's table
#   ./dev.sh package  build the .deb with CPack
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

BUILD_DIR=build
# Everything the build, the tests and the benchmarks need, from Debian 12's own packages
# (../shared/reference/toolchain.md §1, plus cpp-httplib and the headers its pkg-config file names).
PACKAGES=(
    qt6-base-dev libqt6sql6-sqlite qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev libsecret-1-0
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev qt6-image-formats-plugins libgl-dev
    cmake ninja-build g++ pkg-config dpkg-dev fakeroot xvfb xauth dbus dbus-x11 gnome-keyring
    libsecret-tools xdotool imagemagick fonts-dejavu-core fonts-noto-cjk curl
    libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev openssl
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

cmd_test() {
    ensure_packages
    configure_and_build ON
    log "Running the test suite"
    (cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" --timeout 600)
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

cmd_package() {
    ensure_packages
    configure_and_build OFF
    (cd "$BUILD_DIR" && cpack -G DEB)
}

case "${1:-}" in
    run) cmd_run ;;
    test) cmd_test ;;
    bench) cmd_bench ;;
    package) cmd_package ;;
    *) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
