#!/bin/bash
# IMAP IDLE benchmark (issue 3): N authenticated idlers on 127.0.0.1:2143 (default 5000), Payara heap
# added (jcmd GC.heap_info after full GCs), and the time until every idler sees a new message's EXISTS.
#   bench/imap-idle/run.sh [-n CONNECTIONS] [-a ACCOUNTS] [-r ROUNDS]
# Needs `bin/parley up` running; creates and deletes its own domain bench-idle-<random>.test.
# Loopback only; stops by itself after BENCH_TIME_LIMIT seconds (default 900).
set -euo pipefail
cd "$(dirname "$0")/../.."
home=${PARLEY_HOME:-$PWD/.parley}
set -a
# shellcheck disable=SC1091
. "$home/secrets.env"
set +a
# one descriptor per idler plus the JDK's own; the server side needs as many (Payara's limit is its own)
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
want=${BENCH_FDS:-12000}
[[ $(ulimit -n) == unlimited || $(ulimit -n) -ge $want ]] || echo "warning: ulimit -n is $(ulimit -n), below $want" >&2
pid=$(cat "$home/run/payara.pid" 2>/dev/null || true)
if [[ -z $pid ]] || ! kill -0 "$pid" 2>/dev/null; then
    pid=$(jcmd -l | awk '/ASMain|glassfish/ {print $1; exit}')
fi
[[ -n $pid ]] || { echo "no Payara process found (bin/parley up?)" >&2; exit 1; }
payara_fds=$(awk '/Max open files/ {print $4}' "/proc/$pid/limits" 2>/dev/null || echo '?')
echo "payara pid $pid, its open-files limit $payara_fds; heap: $(tr '\0' '\n' <"/proc/$pid/cmdline" | grep -E '^-Xm[sx]' | tr '\n' ' ')"
out=$home/logs/bench-imap-idle
mkdir -p "$out"
deployed=$(cat "$home/run/deployed.sha256" 2>/dev/null || true)
status=0
java -Xmx512m -XX:+UseSerialGC bench/imap-idle/ImapIdleBench.java --pid "$pid" --home "$home" --out "$out" "$@" || status=$?
if [[ $(cat "$home/run/deployed.sha256" 2>/dev/null || true) != "$deployed" ]]; then
    echo "WARNING: parley.ear was redeployed during the run: the figures above do not hold" >&2
    status=2
fi
exit $status
