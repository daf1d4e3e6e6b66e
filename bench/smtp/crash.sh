#!/bin/sh
# kill -9 of Payara during an SMTP load loses nothing acknowledged (issue 4). Against the running suite;
# hold /tmp/parley-suite.lock: it kills and restarts the shared Payara (bin/parley up).
#   PARLEY_HOME=/work/main/.parley bench/smtp/crash.sh [--sessions 10] [--seconds 4] [--size 4096]
# Exits 1 if any message answered 250 is missing from the mailboxes afterwards. Also prints how many blobs
# written during the run no queue or mailbox row references (orphans the kill left: fsynced before a queue
# commit that never came; nothing was promised for them) — psql as the parley role, $PARLEY_HOME/blobs.
set -e
cd "$(dirname "$0")/../.."
exec java -Xmx512m bench/smtp/CrashCheck.java "$@"
