#!/bin/sh
# Makes the AppCDS archive of an installed CongVu Inspector, where it is installed: JDK 17 only uses an
# archive whose class path (absolute paths, sizes and times of the jars) is exactly the one it was made
# with, so an archive made on the build machine does not work after installing elsewhere.
# Static dump from the class list of a training run made at build time: no display needed.
# Usage: cds-dump.sh APP_DIR   (APP_DIR = the folder holding congvu.cfg, congvu.jar, congvu.classlist)
set -e
APPDIR=$(cd "$1" && pwd)
ROOT=$(cd "$APPDIR/../.." && pwd)
JAVA="$ROOT/lib/runtime/bin/java"
[ -x "$JAVA" ] || JAVA="$ROOT/runtime/Contents/Home/bin/java"   # macOS bundle layout
[ -f "$APPDIR/congvu.classlist" ] || { echo "no class list in $APPDIR" >&2; exit 1; }
CP=$(sed -n 's/^app\.classpath=//p' "$APPDIR/congvu.cfg" | sed "s#\\\$APPDIR#$APPDIR#g" | paste -sd: -)
rm -f "$APPDIR/congvu.jsa"
dump() {
  "$JAVA" -Xshare:dump -XX:SharedClassListFile="$1" \
    -XX:SharedArchiveFile="$APPDIR/congvu.jsa" -cp "$CP" -Xlog:cds=off -Xlog:cds+dynamic=off >/dev/null
}
# with the lambdas of the list; should this JVM refuse those lines, the classes alone
if ! dump "$APPDIR/congvu.classlist"; then
  LIST=$(mktemp)
  sed '/^@/d' "$APPDIR/congvu.classlist" > "$LIST"
  dump "$LIST"
  rm -f "$LIST"
fi
