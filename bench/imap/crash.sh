#!/bin/sh
# kill -9 of Payara during an IMAP APPEND load loses and damages nothing acknowledged OK (issue 3).
# Against the running suite; hold /tmp/parley-suite.lock: it kills and restarts the shared Payara.
#   PARLEY_HOME=/work/main/.parley bench/imap/crash.sh [--sessions 8] [--seconds 4] [--size 4096]
# Exits 1 if any APPEND answered OK is missing or differs from what was sent.
set -e
cd "$(dirname "$0")/../.."
exec java -Xmx512m bench/imap/AppendCrashCheck.java "$@"
