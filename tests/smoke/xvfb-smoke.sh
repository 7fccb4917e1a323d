#!/usr/bin/env bash
# A real window under Xvfb (xcb platform): scandash --demo runs a scan to its
# end and saves a screenshot of the X screen. Usage: xvfb-smoke.sh SCANDASH OUT.png
set -euo pipefail
scandash=$1
out=$2
rm -f "$out"
export QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY
xvfb-run -a -s "-screen 0 1280x800x24" \
    "$scandash" --demo --demo-speed 3 --scan https://example.com --scan https://example.org \
    --screenshot "$out" --quit-after 120
# A real PNG of the whole 1280x800 screen, with content (not a blank frame).
[ -s "$out" ] || { echo "no screenshot written"; exit 1; }
header=$(head -c 24 "$out" | od -An -tx1 | tr -d ' \n')
[ "${header:0:16}" = "89504e470d0a1a0a" ] || { echo "not a PNG"; exit 1; }
width=$((16#${header:32:8}))
height=$((16#${header:40:8}))
size=$(stat -c %s "$out")
echo "screenshot $out: ${width}x${height}, $size bytes"
[ "$width" -eq 1280 ] && [ "$height" -eq 800 ] || { echo "unexpected size"; exit 1; }
[ "$size" -gt 30000 ] || { echo "screenshot looks empty"; exit 1; }
