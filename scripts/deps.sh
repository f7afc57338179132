# SPDX-License-Identifier: GPL-3.0-or-later
# Debian 12 packages the build, the kiosk and the tests need (valgrind,
# clang and its libFuzzer runtime for the memcheck and fuzz suites,
# stress-ng to load the machine when checking that the tests do not race;
# hunspell and its dictionaries to hear which language the kiosk speaks;
# scdoc and man-db for the manual pages; systemd, debhelper and lintian to
# build, check and install the Debian package; cage and xterm, which the
# package only suggests, so that systemd can check its touch-screen unit).
# Sourced by scripts/kiosk and scripts/test; installs only what is missing.
ORIENTATION_PACKAGES="meson ninja-build pkg-config gcc gettext python3
libncurses-dev libsqlite3-dev libpq-dev libcsv-dev libinih-dev libsodium-dev
libcairo2-dev libpango1.0-dev poppler-utils fonts-dejavu-core
libcmocka-dev libvterm-dev libespeak-ng-dev libpcaudio-dev postgresql-15
hunspell hunspell-nl hunspell-fr hunspell-de-de hunspell-en-gb hunspell-pt-pt
valgrind clang libclang-rt-14-dev stress-ng
scdoc man-db systemd debhelper lintian cage xterm"

orientation_install_deps() {
	missing=""
	for p in $ORIENTATION_PACKAGES; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	echo "Installing:$missing"
	if [ "$(id -u)" -eq 0 ]; then
		SUDO=""
	elif command -v sudo >/dev/null 2>&1; then
		SUDO="sudo"
	else
		echo "These Debian packages are missing:$missing" >&2
		echo "Install them as root (apt-get install$missing) and run again." >&2
		return 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	$SUDO apt-get update -qq || return 1
	# shellcheck disable=SC2086
	$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null || return 1
}
