#!/usr/bin/env bash
# Desktop integration as a distribution would check it: the .desktop file and
# the AppStream metainfo validate, `cmake --install` puts every file in its
# freedesktop.org place, and the Debian package holds them, depends on the Qt
# libraries and runs once unpacked.
#   check_desktop_integration.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
id=io.github.mixplanner.MixPlanner
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$source/resources/desktop/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$source/resources/desktop/$id.metainfo.xml" || fail "appstreamcli validate"
if command -v update-mime-database >/dev/null; then
    mkdir -p "$work/mime/packages"
    cp "$source/resources/desktop/$id.mime.xml" "$work/mime/packages/$id.xml"
    update-mime-database "$work/mime" >/dev/null 2>&1 || fail "update-mime-database rejects the MIME type"
    grep -q "application/vnd.mixplanner.plan+json" "$work/mime/globs2" || fail "*.mixplan is not registered"
fi

# cmake --install
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for file in bin/mixplanner bin/mixplanner-cli \
            "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" \
            "share/icons/hicolor/scalable/apps/$id.svg" "share/mime/packages/$id.xml" \
            share/doc/mixplanner/README.md share/doc/mixplanner/LICENSE; do
    [ -f "$work/prefix/$file" ] || fail "cmake --install did not install $file"
done

# The Debian package
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >/dev/null) || fail "cpack"
deb=$(ls "$work"/deb/mixplanner_*_*.deb)
dpkg-deb --info "$deb" >/dev/null || fail "dpkg-deb cannot read $deb"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for file in ./usr/bin/mixplanner ./usr/bin/mixplanner-cli \
            "./usr/share/applications/$id.desktop" "./usr/share/metainfo/$id.metainfo.xml" \
            "./usr/share/icons/hicolor/scalable/apps/$id.svg" "./usr/share/mime/packages/$id.xml"; do
    grep -qxF "$file" <<<"$contents" || fail "the package lacks $file"
done
depends=$(dpkg-deb --field "$deb" Depends)
grep -q "libqt6widgets6" <<<"$depends" || fail "Depends lacks libqt6widgets6: $depends"
grep -q "libqt6charts6" <<<"$depends" || fail "Depends lacks libqt6charts6: $depends"
[ "$(dpkg-deb --field "$deb" Package)" = mixplanner ] || fail "package name"

# Unpacked into a temporary root, as dpkg would lay it out under the
# package's prefix: the programs run and the desktop file names a program
# that is there.
dpkg-deb --extract "$deb" "$work/root"
packaged="$work/root/$(dpkg-deb --contents "$deb" | awk '$6 ~ /bin\/mixplanner-cli$/ {print $6}' | sed 's|^\./||; s|/bin/mixplanner-cli$||')"
[ -d "$packaged/bin" ] || fail "the package has no bin folder"
"$packaged/bin/mixplanner-cli" --version | grep -q "MixPlanner\|mixplanner" || fail "the packaged CLI does not run"
"$packaged/bin/mixplanner-cli" validate "$source/resources/samples/spring-launch.mixplan" >/dev/null \
    || fail "the packaged CLI cannot validate the sample"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$packaged/share/applications/$id.desktop")
[ -x "$packaged/bin/$exec_name" ] || fail "Exec=$exec_name is not in the package"
desktop-file-validate "$packaged/share/applications/$id.desktop" || fail "packaged desktop file"
echo "desktop integration: ok ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB)"
