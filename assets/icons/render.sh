#!/usr/bin/env bash
# Renders congvu.svg into the PNG, ICO (Windows) and ICNS (macOS) files checked in beside it.
# Needs Debian's librsvg2-bin, icoutils and icnsutils (not needed to build the app: the outputs are checked in).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" congvu.svg -o "congvu-$s.png"
done
icotool -c -o congvu.ico congvu-16.png congvu-24.png congvu-32.png congvu-48.png congvu-64.png congvu-128.png congvu-256.png
png2icns congvu.icns congvu-16.png congvu-32.png congvu-128.png congvu-256.png congvu-512.png congvu-1024.png >/dev/null
rm -f congvu-24.png congvu-64.png congvu-1024.png
