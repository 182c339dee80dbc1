#!/usr/bin/env bash
# Builds CongVu Inspector's self-contained app from target/congvu.jar and target/lib/ (run
# `mvn -Ppackage package` or `mvn -DskipTests package` first): a jlinked Java 17 runtime, jpackage, the
# JavaFX natives unpacked inside the app's own folder, and an AppCDS archive from a training run.
#
#   installer/build.sh app-image   Linux or macOS app-image under target/app-image/   (what -Ppackage runs)
#   installer/build.sh deb         + Linux .deb under target/installer/dist/          (needs fakeroot, dpkg-deb)
#   installer/build.sh dmg         + macOS .dmg under target/installer/dist/          (run on a Mac)
# Windows: installer/windows/build-msi.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:-app-image}
ROOT=$(pwd)
T=$ROOT/target
WORK=$T/installer
VERSION=$(sed -n 's/^version=//p' "$T/classes/congvu-version.properties" 2>/dev/null || true)
VERSION=${VERSION:-0.1.0}
VERSION=${VERSION%%-*}              # jpackage wants numbers only
OS=$(uname -s)
if [ "$OS" = Darwin ]; then NAME="CongVu Inspector"; ICON=assets/icons/congvu.icns; else NAME=congvu; ICON=assets/icons/congvu-256.png; fi
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
[ -f "$T/congvu.jar" ] && [ -d "$T/lib" ] || { echo "build the jar first: mvn -DskipTests package" >&2; exit 1; }
[ -d "$JAVA_HOME/jmods" ] || { echo "no $JAVA_HOME/jmods: install the JDK's jmods (Debian: openjdk-17-jmods)" >&2; exit 1; }

# Options of the main launcher; congvu-cli.properties repeats them (its java-options replace these).
JAVA_OPTIONS=(
  '-Djavafx.cachedir=$APPDIR/javafx-natives'    # JavaFX's natives live in the app, not ~/.openjfx
  '-Dcongvu.appdir=$APPDIR'
  '-XX:SharedArchiveFile=$APPDIR/congvu.jsa'    # AppCDS (cds-dump.sh); without it the JVM just starts slower
  '-Xshare:auto' '-Xlog:cds=off' '-Xlog:cds+dynamic=off'
  '-XX:TieredStopAtLevel=1'                     # C1 only: a desktop app of short sessions starts faster
)

step() { printf '== %s (%ss)\n' "$1" "$SECONDS"; }

step "staging"
rm -rf "$WORK" "$T/app-image"
mkdir -p "$WORK/input/lib" "$WORK/resources" "$WORK/dist" "$T/app-image"
cp "$T/congvu.jar" "$WORK/input/"
cp "$T"/lib/*.jar "$WORK/input/lib/"
cp installer/cds-dump.sh "$WORK/input/"
for f in installer/linux/*; do
  sed "s#@INSTALL_DIR@#/opt/congvu-inspector#g" "$f" > "$WORK/resources/$(basename "$f")"
done
mv "$WORK/resources/congvu.desktop" "$WORK/resources/$NAME.desktop" 2>/dev/null || true
cp assets/icons/congvu-256.png "$WORK/resources/$NAME.png"

step "SQLite's native library, unpacked into the app once"
# the driver would otherwise copy it out of its jar into the temp folder on every start; the launchers point
# to this copy (org.sqlite.lib.path), and where it is missing the driver falls back to its own way
case "$OS-$(uname -m)" in
  Linux-x86_64) SQLITE_NATIVE=Linux/x86_64/libsqlitejdbc.so ;;
  Linux-aarch64) SQLITE_NATIVE=Linux/aarch64/libsqlitejdbc.so ;;
  Darwin-arm64) SQLITE_NATIVE=Mac/aarch64/libsqlitejdbc.dylib ;;
  Darwin-x86_64) SQLITE_NATIVE=Mac/x86_64/libsqlitejdbc.dylib ;;
  *) SQLITE_NATIVE= ;;
esac
if ldd --version 2>&1 | grep -qi musl; then SQLITE_NATIVE=; fi   # Linux-Musl has its own build
CLI_PROPS=installer/congvu-cli.properties
if [ -n "$SQLITE_NATIVE" ]; then
  mkdir -p "$WORK/input/sqlite-native"
  (cd "$WORK/input/sqlite-native" && "$JAVA_HOME/bin/jar" xf "$T"/lib/sqlite-jdbc-*.jar "org/sqlite/native/$SQLITE_NATIVE" \
    && mv "org/sqlite/native/$SQLITE_NATIVE" . && rm -rf org)
  JAVA_OPTIONS+=('-Dorg.sqlite.lib.path=$APPDIR/sqlite-native' "-Dorg.sqlite.lib.name=$(basename "$SQLITE_NATIVE")")
  CLI_PROPS=$WORK/congvu-cli.properties
  sed "s#^java-options=.*#& -Dorg.sqlite.lib.path=\$APPDIR/sqlite-native -Dorg.sqlite.lib.name=$(basename "$SQLITE_NATIVE")#" \
    installer/congvu-cli.properties > "$CLI_PROPS"
else
  echo "   no native library picked for $OS $(uname -m): the driver unpacks its own at run time"
fi

step "jlink"
"$JAVA_HOME/bin/jlink" --add-modules "$(tr -d ' \n' < installer/jlink-modules.txt)" \
  --include-locales=en,vi --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$WORK/runtime"

step "jpackage app-image"
JP_OPTS=()
for o in "${JAVA_OPTIONS[@]}"; do JP_OPTS+=(--java-options "$o"); done
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$T/app-image" --name "$NAME" \
  --input "$WORK/input" --main-jar congvu.jar --main-class vn.congvu.Launcher \
  --runtime-image "$WORK/runtime" --app-version "$VERSION" --icon "$ICON" \
  --description "CongVu Inspector – Kiểm tra công vụ" --vendor "Đoàn kiểm tra công vụ TP Hà Nội" \
  --copyright "CongVu Inspector" "${JP_OPTS[@]}" \
  --add-launcher congvu-cli="$CLI_PROPS"
if [ "$OS" = Darwin ]; then
  IMAGE="$T/app-image/$NAME.app"; APPDIR="$IMAGE/Contents/app"; LAUNCHER="$IMAGE/Contents/MacOS/$NAME"
  CLI="$IMAGE/Contents/MacOS/congvu-cli"
else
  IMAGE="$T/app-image/$NAME"; APPDIR="$IMAGE/lib/app"; LAUNCHER="$IMAGE/bin/$NAME"; CLI="$IMAGE/bin/congvu-cli"
fi

step "training run (class list for AppCDS, JavaFX natives into the app)"
# The desktop app opens a database with demo plans and visits (so that the start screen's lists, cells and
# progress bars are in the class list too), shows its start screen, and exits (-Dcongvu.startupProbe=exit).
# It needs a display: the one there is, else a private Xvfb. Without either, a command-line run gives a
# smaller class list (the command line still starts fast; the window less so).
TRAIN=$(mktemp -d)
XPID=
if [ "$OS" != Darwin ] && [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  for n in 87 88 89 90 91 92 93; do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1280x800x24 >/dev/null 2>&1 & XPID=$!
  export DISPLAY=":$n"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.2; done
fi
HOME=$TRAIN "$CLI" --db "$TRAIN/train.db" demo --visits 60 --seed 1 > /dev/null 2>&1 || true
export JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$APPDIR/congvu.classlist -Dcongvu.startupProbe=exit -Dcongvu.startupProbe.linger=3000 -Dcongvu.logdir=$TRAIN/logs"
if [ "$OS" = Darwin ] || [ -n "${DISPLAY:-}" ]; then
  HOME=$TRAIN timeout 120 "$LAUNCHER" --db "$TRAIN/train.db" > "$TRAIN/out" 2>&1 || true
fi
if ! grep -q '^READY' "$TRAIN/out" 2>/dev/null; then
  echo "   the window's training run did not finish: command-line class list only" >&2
  tail -5 "$TRAIN/out" 2>/dev/null | sed 's/^/   | /' >&2 || true
  HOME=$TRAIN "$CLI" --db "$TRAIN/cli.db" init > /dev/null 2>&1 || true
fi
echo "   class list: $(wc -l < "$APPDIR/congvu.classlist") classes"
unset JAVA_TOOL_OPTIONS
[ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
rm -rf "$TRAIN"
# the class list names the classes to archive and, with its @lambda-proxy and @lambda-form-invoker lines,
# the lambdas of the start path too (about 1,200 classes the JVM would otherwise spin up at every start)
ls "$APPDIR/javafx-natives" > /dev/null 2>&1 || echo "   warning: JavaFX natives not unpacked into the app" >&2

step "AppCDS archive"
sh "$APPDIR/cds-dump.sh" "$APPDIR"

step "check: $CLI --version"
"$CLI" --version

case "$KIND" in
  app-image) ;;
  deb)
    step "jpackage deb"
    # the archive is made again by postinst where the app is installed (JDK 17 checks the jars' paths)
    rm -f "$APPDIR/congvu.jsa"
    "$JAVA_HOME/bin/jpackage" --type deb --dest "$WORK/dist" --app-image "$IMAGE" --name "$NAME" \
      --app-version "$VERSION" --linux-package-name congvu-inspector --install-dir /opt \
      --linux-menu-group Office --linux-shortcut --linux-app-category misc \
      --description "CongVu Inspector – Kiểm tra công vụ tại Bộ phận Một cửa" \
      --vendor "Đoàn kiểm tra công vụ TP Hà Nội" --linux-deb-maintainer "congvu@localhost" \
      --resource-dir "$WORK/resources"
    sh "$APPDIR/cds-dump.sh" "$APPDIR"
    ;;
  dmg)
    step "jpackage dmg"
    rm -f "$APPDIR/congvu.jsa"   # made again on the first start (see ClassDataArchive)
    "$JAVA_HOME/bin/jpackage" --type dmg --dest "$WORK/dist" --app-image "$IMAGE" --name "$NAME" \
      --app-version "$VERSION" --mac-package-name "CongVu Inspector" --mac-package-identifier vn.congvu.inspector
    ;;
  *) echo "unknown kind $KIND (app-image, deb, dmg)" >&2; exit 2 ;;
esac
step "done: $IMAGE"
ls "$WORK/dist" 2>/dev/null || true
