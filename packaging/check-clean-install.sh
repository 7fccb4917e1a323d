#!/usr/bin/env bash
# Installs the Debian package into a clean Debian 12 root (debootstrap, minbase)
# with apt-get, as a new user's machine would, and runs the packaged program.
# Needs root, debootstrap and the network to a Debian mirror; a few minutes.
# Not part of CI (it downloads a system). Usage: check-clean-install.sh DEB [ROOT]
set -euo pipefail
deb=$(realpath "$1")
root=${2:-$(mktemp -d)}
[ -x "$root/usr/bin/apt-get" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
cp "$deb" "$root/tmp/"
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" || true' EXIT
chroot "$root" /bin/bash -c "export DEBIAN_FRONTEND=noninteractive
apt-get update -q && apt-get install -y -q /tmp/$(basename "$deb")
scandash --version
test -f /usr/share/applications/io.github.scandash.scandash.desktop
test -f /usr/share/metainfo/io.github.scandash.scandash.metainfo.xml"
echo "clean install ok in $root"
