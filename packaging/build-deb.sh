#!/usr/bin/env bash
# Builds the Debian package of the agent from the production jar (docs/deployment.md).
#   packaging/build-deb.sh JAR VERSION OUTDIR
# VERSION is the Maven version; a -SNAPSHOT suffix becomes ~SNAPSHOT (sorts before the release).
# Prints the path of the .deb. Needs only dpkg-deb (part of dpkg).
set -euo pipefail
jar=$1; version=${2/-/\~}; out=$3
here=$(cd "$(dirname "$0")" && pwd)
[ -f "$jar" ] || { echo "no jar: $jar" >&2; exit 1; }
if grep -aq 'dev/mynumber/sim/' "$jar"; then # entry names are stored uncompressed
    echo "refusing: $jar contains the simulator (dev/mynumber/sim)" >&2; exit 1
fi
root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
install -D -m 0755 "$here/deb/mynumber-agent" "$root/usr/bin/mynumber-agent"
install -D -m 0644 "$jar" "$root/usr/share/mynumber-agent/reader-agent.jar"
install -D -m 0644 "$here/deb/mynumber-agent.service" "$root/usr/lib/systemd/user/mynumber-agent.service"
install -D -m 0644 "$here/deb/mynumber-agent-kiosk.service" \
    "$root/usr/share/doc/mynumber-agent/examples/mynumber-agent-kiosk.service"
install -D -m 0644 "$here/deb/README.Debian" "$root/usr/share/doc/mynumber-agent/README.Debian"
install -D -m 0644 "$here/deb/agent.json" "$root/etc/mynumber-agent/agent.json"
install -D -m 0644 "$here/deb/default" "$root/etc/default/mynumber-agent"
install -d "$root/DEBIAN"
for script in postinst prerm postrm; do install -m 0755 "$here/deb/$script" "$root/DEBIAN/$script"; done
printf '%s\n' /etc/mynumber-agent/agent.json /etc/default/mynumber-agent > "$root/DEBIAN/conffiles"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: mynumber-agent
Version: $version
Architecture: all
Maintainer: My Number card integration service <noreply@mynumber.invalid>
Depends: pcscd, openjdk-17-jre-headless | java17-runtime-headless
Section: utils
Priority: optional
Installed-Size: $size
Description: local agent for the Japanese My Number card (PC/SC readers)
 Drives PC/SC smart-card readers to read and verify the My Number card and to
 authenticate and sign with its JPKI keys, on a localhost HTTP API (127.0.0.1
 only). Runs as a systemd user unit in the desktop session. No simulator and no
 private keys are installed.
CONTROL
deb="$out/mynumber-agent_${version}_all.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
