#!/bin/sh
# Builds the .deb from this build tree, as ./dev.sh package does, and checks it as Debian and the
# desktops would: lintian with no error and no warning (overrides live in
# packaging/debian/lintian-overrides, each with its reason), none of lintian's hardening tags,
# the dependencies loaded at run time, every file the package promises, the desktop entry
# (desktop-file-validate) and the AppStream metadata (appstreamcli validate --pedantic).
#   check-package.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/out/mediadesk_*.deb)
echo "built $(basename "$deb")"

# lintian: errors and warnings fail; info tags are shown, and the hardening ones fail too.
lintian --fail-on error,warning --display-info --pedantic "$deb" >"$work/lintian.log" 2>&1 ||
    { cat "$work/lintian.log" >&2; fail "lintian reports an error or a warning"; }
grep -v '^running with root privileges' "$work/lintian.log" || true
if grep -q 'hardening-no-' "$work/lintian.log"; then fail "a program lacks a hardening flag"; fi

# Dependencies that shlibdeps cannot see.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6sql6-sqlite libsecret-1-0 libqt6svg6; do
    echo "$depends" | grep -q "\\b$needed\\b" || fail "Depends lacks $needed: $depends"
done
echo "$depends" | grep -q 'qt6-qpa-plugins' && fail "Depends names qt6-qpa-plugins (bookworm's xcb plugin is in libqt6gui6)"
recommends=$(dpkg-deb -f "$deb" Recommends)
for wanted in gnome-keyring qt6-wayland fonts-noto-cjk qt6-translations-l10n qt6-image-formats-plugins; do
    echo "$recommends" | grep -q "\\b$wanted\\b" || fail "Recommends lacks $wanted: $recommends"
done
[ -n "$(dpkg-deb -f "$deb" Homepage)" ] || fail "no Homepage"
dpkg-deb -f "$deb" Maintainer | grep -qv '\.invalid' || fail "the Maintainer is not a real address"

# Every file the package promises.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
for f in /usr/bin/mediadesk /usr/bin/mediadesk-cli /usr/libexec/mediadesk/mediadesk-emulator \
    /usr/share/man/man1/mediadesk.1.gz /usr/share/man/man1/mediadesk-cli.1.gz \
    /usr/share/man/man1/mediadesk-emulator.1.gz \
    /usr/share/bash-completion/completions/mediadesk-cli /usr/share/zsh/vendor-completions/_mediadesk-cli \
    /usr/share/fish/vendor_completions.d/mediadesk-cli.fish \
    /usr/share/doc/mediadesk/copyright /usr/share/doc/mediadesk/changelog.Debian.gz \
    /usr/share/doc/mediadesk/THIRD-PARTY-NOTICES.md \
    /usr/share/applications/org.mediadesk.MediaDesk.desktop \
    /usr/share/metainfo/org.mediadesk.MediaDesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.mediadesk.MediaDesk.svg; do
    grep -qx "$f" "$work/files" || fail "the package lacks $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
    grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/org.mediadesk.MediaDesk.png" "$work/files" ||
        fail "the package lacks the ${size}x${size} icon"
done

# The desktop entry and the AppStream metadata as installed.
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.mediadesk.MediaDesk.desktop" ||
    fail "desktop-file-validate"
# --no-net: nothing is fetched at test time (the screenshots' addresses are checked for form only).
# --strict fails on info hints too. The one pedantic hint left is cid-contains-uppercase-letter:
# org.mediadesk.MediaDesk is the application id design.md fixes for the desktop file, the icons
# and the keychain service, and AppStream ids must equal the desktop file's name.
appstreamcli validate --pedantic --strict --no-net --explain \
    "$work/root/usr/share/metainfo/org.mediadesk.MediaDesk.metainfo.xml" || fail "appstreamcli validate"
for size in 16 48 512; do
    png="$work/root/usr/share/icons/hicolor/${size}x${size}/apps/org.mediadesk.MediaDesk.png"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "the ${size}px icon is $(file -b "$png")"
done
echo "package checks passed"
