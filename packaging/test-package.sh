#!/usr/bin/env bash
# Installs, starts, upgrades and removes the Debian package on this machine (root), as CI does after the
# Maven tests; docs/deployment.md. systemd is not running in CI, so the user unit's ExecStart line is run
# directly. Ends with "package: N passed, M failed"; exit status 1 if any check failed.
#   packaging/test-package.sh reader-agent/target/mynumber-agent_VERSION_all.deb [DEVELOPER_JAR]
# DEVELOPER_JAR (default reader-agent/target/reader-agent.jar) is the control for the key scan: it holds the
# simulator's test keys, so the scanner must find them there.
set -uo pipefail
cd "$(dirname "$0")/.."
deb=$1; dev_jar=${2:-reader-agent/target/reader-agent.jar}
unit=/usr/lib/systemd/user/mynumber-agent.service
work=$(mktemp -d); agent_pid=""
passed=0; failed=0
cleanup() { [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
check() { # check NAME COMMAND...: runs the command, counts and prints the outcome
    local name=$1; shift
    if "$@" >"$work/out" 2>&1; then passed=$((passed + 1)); echo "PASS $name"
    else failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/    /' "$work/out" | tail -20; fi
}

exec_start() { sed -n 's/^ExecStart=//p' "$unit"; }

# start_agent ARGS...: runs the unit's ExecStart line plus ARGS with its own token file; sets agent_pid, port
start_agent() {
    local cmd; cmd=$(exec_start)
    # shellcheck disable=SC2086 # the ExecStart line is split as systemd splits a line without quotes
    HOME="$work/home" setsid $cmd --token-file "$work/token" "$@" >"$work/agent.out" 2>"$work/agent.err" &
    agent_pid=$!
    for _ in $(seq 1 300); do
        port=$(sed -n 's|^Listening on http://127.0.0.1:\([0-9]*\)$|\1|p' "$work/agent.out")
        [ -n "$port" ] && return 0
        kill -0 "$agent_pid" 2>/dev/null || { cat "$work/agent.err"; return 1; }
        sleep 0.1
    done
    return 1
}
stop_agent() { kill "$agent_pid" 2>/dev/null; wait "$agent_pid" 2>/dev/null; agent_pid=""; }
get() { curl -sf -H "Host: 127.0.0.1:$port" "http://127.0.0.1:$port$1"; }

t_install() {
    dpkg -i "$deb" && dpkg-query -W -f='${Status}\n' mynumber-agent | grep -qx 'install ok installed' \
        && dpkg-query -W -f='${Depends}\n' mynumber-agent | grep -q 'pcscd' \
        && [ -x /usr/bin/mynumber-agent ] && [ -f /usr/share/mynumber-agent/reader-agent.jar ] \
        && [ -f /etc/mynumber-agent/agent.json ] && [ -f "$unit" ]
}
t_unit() {
    [ "$(exec_start)" = "/usr/bin/mynumber-agent --config /etc/mynumber-agent/agent.json" ] \
        && grep -qx 'WantedBy=default.target' "$unit"
}
t_no_keys() {
    # control: the scanner finds the simulator's keys in the developer jar, then nothing in what is installed
    if [ -f "$dev_jar" ]; then
        ! java packaging/KeyScan.java "$dev_jar" >/dev/null || { echo "scanner found nothing in $dev_jar"; return 1; }
    fi
    mkdir -p "$work/deb" && dpkg-deb -x "$deb" "$work/deb" \
        && java packaging/KeyScan.java "$work/deb" /usr/share/mynumber-agent /etc/mynumber-agent /usr/bin/mynumber-agent
}
t_start_no_pcsc() {
    start_agent --port 0 --no-pcsc || return 1
    local health metrics; health=$(get /api/v1/health) || return 1
    metrics=$(get /metrics) || return 1
    echo "$health"; stop_agent
    echo "$health" | grep -q '"status":"ok"' && echo "$health" | grep -q '"apiVersion":"1.0"' \
        && echo "$metrics" | grep -q '^mynumber_readers 0.0$'
}
t_json_logs() { # the JSON format chosen in /etc/default, as an administrator would
    cp /etc/default/mynumber-agent "$work/default"
    echo 'MYNUMBER_AGENT_JAVA_OPTS="-Dlogback.configurationFile=logback-json.xml"' >> /etc/default/mynumber-agent
    start_agent --port 0 --no-pcsc; local started=$?
    stop_agent
    cp "$work/default" /etc/default/mynumber-agent
    cat "$work/agent.err" | head -3
    [ "$started" = 0 ] && head -1 "$work/agent.err" | grep -q '^{"@timestamp":' \
        && grep -q '"stream":"agent"' "$work/agent.err" && ! grep -qv '^{' "$work/agent.err"
}
t_doctor() { # no agent running: the installed command examines the readers itself (pcscd: under the lock)
    flock /tmp/pcscd.lock /usr/bin/mynumber-agent doctor --token-file "$work/no-agent" >"$work/doctor.out" 2>&1
    local code=$?
    cat "$work/doctor.out"
    [ "$code" = 0 ] && grep -q '^PC/SC (pcscd): available$' "$work/doctor.out"
}
t_start_pcsc() { # the production code path with PC/SC (under the pcscd lock when other tests share pcscd)
    flock /tmp/pcscd.lock bash -c "$(declare -f start_agent exec_start get stop_agent); unit=$unit; work=$work; \
        start_agent --port 0 || exit 1; get /api/v1/health; r=\$?; get /metrics | grep -c '^mynumber_' ; stop_agent; exit \$r"
}
t_simulator_refused() {
    local code=0
    /usr/bin/mynumber-agent --simulator --port 0 --token-file "$work/token" >"$work/sim.out" 2>&1 || code=$?
    cat "$work/sim.out"
    [ "$code" = 2 ] && grep -q 'SIMULATOR_NOT_INSTALLED' "$work/sim.out"
}
t_upgrade() {
    local v old next
    old=$(dpkg-query -W -f='${Version}' mynumber-agent)
    next="$(echo "$old" | sed 's/[~+].*//')+upgrade1"
    echo '{"allowedOrigins": ["https://kiosk.example.jp"]}' > /etc/mynumber-agent/agent.json
    v=$(packaging/build-deb.sh /usr/share/mynumber-agent/reader-agent.jar "$next" "$work") || return 1
    dpkg --compare-versions "$next" gt "$old" && dpkg -i --force-confold "$v" \
        && [ "$(dpkg-query -W -f='${Version}' mynumber-agent)" = "$next" ] \
        && grep -q kiosk.example.jp /etc/mynumber-agent/agent.json \
        && start_agent --port 0 --no-pcsc && get /api/v1/health && stop_agent
}
t_remove() {
    dpkg -r mynumber-agent && [ ! -e /usr/bin/mynumber-agent ] && [ ! -e /usr/share/mynumber-agent ] \
        && [ ! -e "$unit" ] && [ -f /etc/mynumber-agent/agent.json ] \
        && dpkg --purge mynumber-agent && [ ! -e /etc/mynumber-agent ] && [ ! -e /etc/default/mynumber-agent ] \
        && ! dpkg-query -W mynumber-agent 2>/dev/null
}

check "install: dpkg -i, files in place, Depends pcscd" t_install
check "unit: ExecStart is the installed command with /etc config" t_unit
check "keys: none in the package or the installed files (control finds the developer jar's)" t_no_keys
check "start: installed command (--no-pcsc) answers health" t_start_no_pcsc
check "start: installed command (PC/SC) answers health and metrics" t_start_pcsc
check "logs: JSON lines when /etc/default selects logback-json.xml" t_json_logs
check "doctor: the installed command reports pcscd and readers" t_doctor
check "simulator: refused with SIMULATOR_NOT_INSTALLED" t_simulator_refused
check "upgrade: higher version over it keeps the edited config and starts" t_upgrade
check "remove: dpkg -r keeps config, --purge removes everything" t_remove
echo "package: $passed passed, $failed failed"
[ "$failed" = 0 ]
