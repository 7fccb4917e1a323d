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

# The same window in the dark theme, and at 200 % on a 2400x1600 screen, beside
# the first screenshot: the window must fit the screen (checked by the app's
# own geometry line) and the files are there to look at.
base=${out%.png}
xvfb-run -a -s "-screen 0 1280x800x24" \
    "$scandash" --demo --theme dark --screenshot "$base-dark.png" --quit-after 15
[ -s "$base-dark.png" ] || { echo "no dark screenshot written"; exit 1; }
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2400x1600x24" \
    "$scandash" --demo --screenshot "$base-200.png" --quit-after 15
[ -s "$base-200.png" ] || { echo "no 200 % screenshot written"; exit 1; }
echo "screenshots: $base-dark.png, $base-200.png"
