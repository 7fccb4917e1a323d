#!/usr/bin/env bash
# Installs every Debian 12 package that ScanDash needs to build, test and run
# its Xvfb smoke test. Safe to run again: apt-get skips what is installed.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-svg-dev libqt6svg6
    libyaml-cpp-dev
    qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-l10n-tools
    libgl-dev libxkbcommon-dev
    qt6-qpa-plugins
    xvfb xauth x11-apps
    dbus dbus-x11 gnome-keyring
    fonts-dejavu-core
    curl jq poppler-utils
    appstream desktop-file-utils qt6-translations-l10n debootstrap
    clang libclang-rt-14-dev
)
# npm installs the SARIF validator for the tests (tests/sarif). Debian's own
# only where there is none, so that a newer Node.js (NodeSource) stays.
if ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-build-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-build-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
