# Builds the Windows installer (.msi) of CongVu Inspector. Run on Windows, from the repository root, after
#   mvn -DskipTests package
# Needs: JDK 17 with jmods (jlink, jpackage) and the WiX Toolset 3.x on the PATH (candle.exe, light.exe).
# Result: target\installer\dist\CongVu Inspector-<version>.msi, installing per user into
# %LOCALAPPDATA%\CongVu Inspector (no administrator rights; the folder stays writable, so the app makes its
# AppCDS archive there on first start: JDK 17 only uses an archive made where the jars are).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$T = "target"
$Work = "$T\installer"
$Name = "CongVu Inspector"
$Version = ((Get-Content "$T\classes\congvu-version.properties" | Where-Object { $_ -like "version=*" }) -replace "version=", "") -replace "-.*", ""
if (-not $Version) { $Version = "0.1.0" }
$JavaHome = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { Split-Path (Split-Path (Get-Command javac).Source) }

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Work, "$T\app-image"
New-Item -ItemType Directory -Force "$Work\input\lib", "$Work\dist" | Out-Null
Copy-Item "$T\congvu.jar" "$Work\input\"
Copy-Item "$T\lib\*.jar" "$Work\input\lib\"

# the same runtime as on Linux and macOS
$Modules = (Get-Content "installer\jlink-modules.txt" -Raw).Trim()
& "$JavaHome\bin\jlink" --add-modules $Modules --include-locales=en,vi --strip-debug --no-header-files `
    --no-man-pages --compress=2 --generate-cds-archive --output "$Work\runtime"
if ($LASTEXITCODE) { throw "jlink failed" }

# the options of installer/build.sh (keep in step); congvu-cli.properties repeats them and adds a console
$JavaOptions = @(
    '-Djavafx.cachedir=$APPDIR\javafx-natives',
    '-Dcongvu.appdir=$APPDIR',
    '-XX:SharedArchiveFile=$APPDIR\congvu.jsa', '-Xshare:auto', '-Xlog:cds=off', '-Xlog:cds+dynamic=off',
    '-XX:TieredStopAtLevel=1'
)
$JpOptions = @()
foreach ($o in $JavaOptions) { $JpOptions += @("--java-options", $o) }

& "$JavaHome\bin\jpackage" --type msi --dest "$Work\dist" --name $Name `
    --input "$Work\input" --main-jar congvu.jar --main-class vn.congvu.Launcher `
    --runtime-image "$Work\runtime" --app-version $Version --icon "assets\icons\congvu.ico" `
    --description "CongVu Inspector – Kiểm tra công vụ" --vendor "Đoàn kiểm tra công vụ TP Hà Nội" `
    --win-per-user-install --win-dir-chooser --win-menu --win-menu-group "CongVu Inspector" --win-shortcut `
    --win-upgrade-uuid "6f1d3c52-8a4e-4f7b-9d2e-3b5c7a9e1f04" `
    --add-launcher "congvu-cli=installer\congvu-cli.properties" @JpOptions
if ($LASTEXITCODE) { throw "jpackage failed" }
Get-ChildItem "$Work\dist"
