#!/usr/bin/env bash
# Packaging test: build the release .deb (and the .rpm where rpmbuild exists), check them, install
# the .deb with apt as a user would, and run the installed app. Needs root (or sudo) for apt;
# .ci/dev runs it in CI (and as `bash .ci/dev package`). The package is removed again at the end.
#
#   bash packaging/linux/test-deb.sh
#
# Screenshot step: serves tests/fixtures/typical.json with the tests' fake Ankra server
# (build/dev/tests/tools/fakeankra-serve, built by the dev preset) and has the installed binary
# fetch it over HTTP and save its window with --screenshot.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=build/package
app=/usr/bin/ankra-ticket-viewer
package=ankra-ticket-viewer
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

step() { printf '\n== %s\n' "$*"; }
fail() {
  printf 'test-deb: FAIL: %s\n' "$*" >&2
  echo "packaging: 0 passed, 1 failed"
  exit 1
}
trap 'fail "line $LINENO failed (see above)"' ERR

step "Configure and build the release packages"
cmake --preset package >/dev/null
cmake --build --preset package
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"
generators=DEB
command -v rpmbuild >/dev/null && generators="DEB;RPM"
rm -f "$build"/*.deb "$build"/*.rpm
(cd "$build" && cpack -G "$generators" >/dev/null)
deb=$(ls "$build"/${package}_"${version}"_*.deb)
echo "built $deb"

step "lintian (errors fail, warnings are shown)"
lintian --fail-on error "$deb"

step "Package metadata"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite libqt6widgets6 libqt6network6; do
  grep -qw -- "$dep" <<<"$depends" || fail "Depends lacks $dep"
done
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in ./usr/bin/ankra-ticket-viewer \
  ./usr/share/applications/app.ankra.TicketViewer.desktop \
  ./usr/share/metainfo/app.ankra.TicketViewer.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/app.ankra.TicketViewer.svg \
  ./usr/share/man/man1/ankra-ticket-viewer.1.gz \
  ./usr/share/doc/ankra-ticket-viewer/copyright \
  ./usr/share/doc/ankra-ticket-viewer/changelog.gz; do
  grep -qxF -- "$file" <<<"$contents" || fail "$deb lacks $file"
done
for size in 16 22 24 32 48 64 128 256 512; do
  grep -qxF -- "./usr/share/icons/hicolor/${size}x${size}/apps/app.ankra.TicketViewer.png" \
    <<<"$contents" || fail "$deb lacks the ${size}px icon"
done

if [[ $generators == *RPM* ]]; then
  rpm=$(ls "$build"/${package}-"${version}"-*.rpm)
  echo "built $rpm"
  rpm -qpR "$rpm" 2>/dev/null | grep -q '^qt6-qtsvg' || fail "$rpm does not require qt6-qtsvg"
  rpm -qpl "$rpm" 2>/dev/null | grep -qx /usr/share/metainfo/app.ankra.TicketViewer.metainfo.xml \
    || fail "$rpm lacks the metainfo"
  # The package must not claim directories that belong to the system.
  rpm -qpl "$rpm" 2>/dev/null | grep -Eqx '/usr(/bin|/share|/share/icons(/hicolor)?)?' \
    && fail "$rpm owns a system directory"
fi

step "Install with apt"
cleanup() { $sudo dpkg -r "$package" >/dev/null 2>&1 || true; }
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  "$(realpath "$deb")" >/dev/null

step "Run the installed app"
# Libraries the binary links must be in Depends (dpkg-shlibdeps), the keychain's included.
if ldd "$app" | grep -q libqt6keychain; then
  grep -qw libqt6keychain1 <<<"$depends" || fail "the binary links QtKeychain, Depends lacks it"
fi
out=$("$app" --version)
echo "$out"
[ "$out" = "ankra-ticket-viewer $version" ] || fail "--version printed '$out', not $version"
desktop=/usr/share/applications/app.ankra.TicketViewer.desktop
desktop-file-validate "$desktop"
# ankra-ticket://ticket/<id> links open in the app, several at once (%U).
grep -qxF 'MimeType=x-scheme-handler/ankra-ticket;' "$desktop" \
  || fail "$desktop does not register the ankra-ticket scheme"
grep -qxF 'Exec=ankra-ticket-viewer %U' "$desktop" || fail "$desktop does not take links (%U)"
# desktop-file-utils' dpkg trigger lists the app as a handler of the scheme.
if command -v update-desktop-database >/dev/null; then
  grep -q '^x-scheme-handler/ankra-ticket=.*app\.ankra\.TicketViewer\.desktop' \
    /usr/share/applications/mimeinfo.cache \
    || fail "mimeinfo.cache lists no handler of x-scheme-handler/ankra-ticket"
fi
appstreamcli validate --no-net /usr/share/metainfo/app.ankra.TicketViewer.metainfo.xml
grep -q "<release version=\"$version\"" /usr/share/metainfo/app.ankra.TicketViewer.metainfo.xml \
  || fail "the metainfo has no release $version"
gzip -t /usr/share/man/man1/ankra-ticket-viewer.1.gz

step "Screenshot of a ticket from the fake server"
server=build/dev/tests/tools/fakeankra-serve
[ -x "$server" ] || fail "$server is missing: build the dev preset first (bash .ci/dev test does)"
shot=$(mktemp -d)/ticket.png
serverlog=$(mktemp)
"$server" tests/fixtures/typical.json >"$serverlog" 2>&1 &
serverpid=$!
trap 'kill $serverpid 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 50); do
  grep -q '^ticket ' "$serverlog" && break
  sleep 0.1
done
base=$(sed -n 's/^url //p' "$serverlog")
token=$(sed -n 's/^token //p' "$serverlog")
ticket=$(sed -n 's/^ticket //p' "$serverlog" | head -n1)
[ -n "$base" ] && [ -n "$ticket" ] || fail "the fake server did not start: $(cat "$serverlog")"
# A fresh HOME: no saved settings, token or ~/.ankra.yaml of whoever runs this.
HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen ANKRA_BASE_URL="$base" ANKRA_API_TOKEN="$token" \
  timeout 60 "$app" --screenshot "$shot" "$ticket"
[ -s "$shot" ] || fail "no screenshot written"
# A PNG starts with its 8-byte signature, then the IHDR chunk: width and height, big-endian.
[ "$(od -An -tx1 -N8 "$shot" | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$shot is not a PNG"
read -r width height < <(od -An -tu1 -j16 -N8 "$shot" |
  awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
echo "screenshot: ${width}x${height} PNG"
[ "${width}x${height}" = 1280x860 ] || fail "the screenshot is ${width}x${height}, not 1280x860"

printf '\ntest-deb: the .deb builds, passes lintian, installs, runs and shows a ticket (%s)\n' \
  "$version"
echo "packaging: 1 passed, 0 failed"
