#!/usr/bin/env bash
# Builds the Debian package from a configured build folder and checks it: the
# files it must carry, and its desktop entry and AppStream metadata validated
# with no warnings. Usage: check-package.sh BUILD_DIR
set -euo pipefail
build=$1
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/scandash_*.deb | head -n1)
echo "package: $(basename "$deb")"
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
missing=0
for path in ./usr/bin/scandash ./usr/bin/scandash-sim \
        ./usr/share/applications/io.github.scandash.scandash.desktop \
        ./usr/share/metainfo/io.github.scandash.scandash.metainfo.xml \
        ./usr/share/icons/hicolor/scalable/apps/io.github.scandash.scandash.svg; do
    if ! grep -qx "$path" <<<"$listing"; then
        echo "missing from the package: $path"
        missing=1
    fi
done
[ "$missing" -eq 0 ]
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop-file-validate "$unpacked/usr/share/applications/io.github.scandash.scandash.desktop"
appstreamcli validate --no-net --pedantic \
    "$unpacked/usr/share/metainfo/io.github.scandash.scandash.metainfo.xml"
# The translations (.qm) are built into the program as Qt resources.
"$unpacked/usr/bin/scandash" --version
echo "package ok"
