#!/usr/bin/env bash
# Builds hearth_*.deb and hearth-server_*.deb from this build tree with cpack, installs them
# into an empty root with dpkg, and runs the installed programs from there:
#   hearth --self-test     the shipped content packs in English and Welsh, a record signed and
#                          verified by the system's libsodium, a SQLCipher vault made, locked
#                          and unlocked through the real QML UI
#   hearth-server --help, hearth-admin --help
#   hearthctl vault keygen, init and check: a SQLCipher vault made and checked from the root
# It also checks the layout (desktop entry, icons, packs, unit, docs), that the binaries carry
# no RPATH, name neither the source nor the build folder and resolve every library from the
# system, that the postinst made the `hearth` user and its 0700 state folder inside the root,
# and that the self-test fails once a shipped pack is missing from the root.
#
# What `dpkg --root` does not cover, honestly:
# - The root is empty apart from Hearth: dependencies are not installed into it
#   (--force-depends), and the installed binaries run against this machine's libraries, QML
#   modules and plugins. The Depends lines are read, and apt simulates installing them against
#   this machine's package database; no install on a clean system proves them (that needs a
#   Debian mirror: debootstrap, or a container).
# - Maintainer scripts run on this machine, not chrooted into the root
#   (--force-script-chrootless), with DPKG_ROOT set; they are written to touch only
#   $DPKG_ROOT then. The user is made by this machine's systemd-sysusers with --root.
# - systemd is not running in the root: the unit is checked by systemd-analyze verify, never
#   started, so the sandboxing settings are not exercised here.
#
# usage: install-debs.sh CPACK SOURCE_DIR BUILD_DIR
set -euo pipefail

cpack=$1
source=$2
build=$3

fail() {
  echo "install-debs: FAIL: $*" >&2
  exit 1
}

for tool in dpkg dpkg-deb dpkg-shlibdeps readelf ldd desktop-file-validate; do
  command -v "$tool" >/dev/null \
    || fail "$tool is missing (scripts/bootstrap installs it: dpkg-dev, desktop-file-utils)"
done

work=$(mktemp -d /tmp/hearth-install-test.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "--- cpack -G DEB"
start=$SECONDS
(cd "$build" && "$cpack" -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log"; fail "cpack failed"; }
app_deb=$(ls "$work"/packages/hearth_*.deb 2>/dev/null || true)
server_deb=$(ls "$work"/packages/hearth-server_*.deb 2>/dev/null || true)
[ -f "$app_deb" ] || fail "no hearth_*.deb was built"
[ -f "$server_deb" ] || fail "no hearth-server_*.deb was built"
echo "built $(basename "$app_deb") and $(basename "$server_deb") in $((SECONDS - start)) s"

# Depends: the libraries dpkg-shlibdeps found, and what it cannot see (QML modules, plugins).
depends_of() { dpkg-deb -f "$1" Depends; }
for needed in libsodium23 libsqlcipher0 libqt6quick6 qml6-module-qtquick-controls \
  qml6-module-qtquick-layouts; do
  depends_of "$app_deb" | grep -q "\b$needed\b" || fail "hearth does not depend on $needed"
done
for needed in libsodium23 libqt6sql6 libssl3 libqt6sql6-sqlite libqt6sql6-psql; do
  depends_of "$server_deb" | grep -q "\b$needed\b" || fail "hearth-server does not depend on $needed"
done
depends_of "$server_deb" | grep -q "libsqlcipher" && fail "hearth-server must not link SQLCipher"
# Every Depends name must be a Debian package apt can satisfy here (a misspelt QML module
# would only show on a clean install otherwise). A simulation: nothing is installed.
if command -v apt-get >/dev/null; then
  apt-get install --simulate --no-install-recommends "$app_deb" "$server_deb" \
    >"$work/apt.txt" 2>&1 || { cat "$work/apt.txt"; fail "apt cannot satisfy the Depends lines"; }
fi

echo "--- dpkg --root"
root="$work/root"
# /etc exists on any Debian system; systemd-sysusers writes the root's passwd and group there.
mkdir -p "$root/etc" "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg --root="$root" --log=/dev/null --force-not-root --force-depends --force-script-chrootless \
  -i "$app_deb" "$server_deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
[ "$(dpkg --root="$root" -s hearth hearth-server | grep -c "^Status: install ok installed")" = 2 ] \
  || fail "dpkg does not list both packages as installed"

for file in usr/bin/hearth usr/bin/hearthctl usr/bin/hearth-server usr/bin/hearth-admin \
  usr/share/applications/hearth.desktop usr/share/icons/hicolor/scalable/apps/hearth.svg \
  usr/share/icons/hicolor/48x48/apps/hearth.png usr/share/icons/hicolor/256x256/apps/hearth.png \
  usr/share/hearth/packs/england.json usr/share/hearth/packs/wales.json \
  usr/lib/systemd/system/hearth-server.service usr/lib/sysusers.d/hearth-server.conf \
  usr/share/doc/hearth/copyright usr/share/doc/hearth-server/README.md \
  usr/share/doc/hearth-server/PROTOCOL.md; do
  [ -f "$root/$file" ] || fail "/$file is not installed"
done
unit="$root/usr/lib/systemd/system/hearth-server.service"
grep -q "^ExecStart=/usr/bin/hearth-server " "$unit" || fail "the unit does not start /usr/bin/hearth-server"
grep -q "^User=hearth$" "$unit" || fail "the unit does not run as hearth"
# systemd's own check of the unit, with ExecStart pointed into the root (it checks that the
# binary exists); it reports bad settings as warnings only, so any output fails too.
if command -v systemd-analyze >/dev/null; then
  mkdir -p "$work/unit"
  sed "s|/usr/bin/hearth-server|$root/usr/bin/hearth-server|" "$unit" >"$work/unit/hearth-server.service"
  if ! systemd-analyze verify "$work/unit/hearth-server.service" >"$work/verify.txt" 2>&1 \
    || [ -s "$work/verify.txt" ]; then
    cat "$work/verify.txt"
    fail "systemd-analyze verify refused the installed unit"
  fi
else
  echo "systemd-analyze not found: the unit was checked as a file only"
fi
desktop-file-validate "$root/usr/share/applications/hearth.desktop" || fail "desktop entry refused"

# The maintainer script's work: the user the unit names, and its private state folder.
grep -q "^hearth:" "$root/etc/passwd" || fail "postinst did not create the hearth user"
uid=$(awk -F: '$1 == "hearth" { print $3 }' "$root/etc/passwd")
[ "$(stat -c '%a %u' "$root/var/lib/hearth")" = "700 $uid" ] \
  || fail "/var/lib/hearth is not 0700 and owned by hearth: $(stat -c '%a %u' "$root/var/lib/hearth")"

for program in hearth hearthctl hearth-server hearth-admin; do
  binary="$root/usr/bin/$program"
  if readelf -d "$binary" | grep -Eq "\((RPATH|RUNPATH)\)"; then
    fail "$program carries an RPATH: $(readelf -d "$binary" | grep -E 'RPATH|RUNPATH')"
  fi
  if env -u LD_LIBRARY_PATH ldd "$binary" | grep -E "not found|$build"; then
    fail "$program does not resolve its libraries from the system alone"
  fi
  # Nothing may be looked up in the tree it was built from: that tree is not on a tablet.
  if grep -aqF -e "$source" -e "$build" "$binary"; then
    fail "$program names the source or build folder ($source, $build)"
  fi
done

echo "--- running the installed programs"
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software XDG_RUNTIME_DIR="$work/runtime"
install -d -m 0700 "$XDG_RUNTIME_DIR"
mkdir -p "$work/home"
run() { env -u LD_LIBRARY_PATH HOME="$work/home" "$@"; }

run "$root/usr/bin/hearth-server" --help >"$work/server-help.txt" 2>&1 \
  || { cat "$work/server-help.txt"; fail "hearth-server --help exited non-zero"; }
grep -q -- "--listen" "$work/server-help.txt" || fail "hearth-server --help does not describe --listen"
run "$root/usr/bin/hearth-admin" --help >"$work/help.txt" 2>&1 \
  || { cat "$work/help.txt"; fail "hearth-admin --help exited non-zero"; }
# hearthctl makes a real vault with the system's SQLCipher and checks it.
ctl="$root/usr/bin/hearthctl"
passcode="Installed-Hearth-Check-7"
{
  run "$ctl" vault keygen --public "$work/agency.pub" --secret "$work/agency.secret" \
    && echo "$passcode" | run "$ctl" vault init --dir "$work/vault" --recovery-key "$work/agency.pub" \
      --kdf interactive \
    && echo "$passcode" | run "$ctl" vault check --dir "$work/vault"
} >"$work/hearthctl.txt" 2>&1 || { cat "$work/hearthctl.txt"; fail "the installed hearthctl could not make a vault"; }
grep -q "^integrity: ok" "$work/hearthctl.txt" || fail "hearthctl vault check did not report integrity ok"

start=$SECONDS
run "$root/usr/bin/hearth" --self-test --lang cy >"$work/selftest.txt" 2>&1 \
  || { cat "$work/selftest.txt"; fail "the installed hearth --self-test failed"; }
grep -q "self-test passed" "$work/selftest.txt" || fail "the self-test did not say it passed"
echo "installed hearth --self-test passed in $((SECONDS - start)) s"

# The self-test must notice a package that lost a content pack.
rm "$root/usr/share/hearth/packs/wales.json"
if run "$root/usr/bin/hearth" --self-test >"$work/selftest-missing.txt" 2>&1; then
  fail "the self-test passed without wales.json"
fi
grep -q "wales.json is not installed" "$work/selftest-missing.txt" \
  || { cat "$work/selftest-missing.txt"; fail "the self-test failed, but not for the missing pack"; }
echo "without wales.json the self-test fails and says why"

echo "install-debs: all checks passed"
