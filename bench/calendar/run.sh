#!/bin/sh
# Issue 5 figures through CalDAV on the running suite (bin/parley up): a 10,000-event calendar (20 %
# recurring) filled once by PUT, then the one-month time-range REPORT and sync-collection after 10
# changes. JDK only. Hold the suite lock on a shared machine: flock -o /tmp/parley-suite.lock bench/calendar/run.sh
#   bench/calendar/run.sh [--runs 7] [--events 10000] [--fresh]
set -e
cd "$(dirname "$0")/../.."
: "${PARLEY_HOME:=$PWD/.parley}"
export PARLEY_HOME
exec java -Xmx1g bench/calendar/CalDavBench.java "$@"
