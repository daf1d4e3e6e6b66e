#!/bin/sh
# Message store benchmark: fills a mailbox of N messages (default 100000) in the parley_test
# database (bin/parley up must be running; DROPS and re-migrates parley_test, like the ITs) and
# prints median timings of SELECT, newest-50 FETCH, header UID SEARCH and full-text SEARCH.
#   bench/store/run.sh [N]
set -e
cd "$(dirname "$0")/../.."
mvn -q -B -pl sql,mail,ejb -am test-compile -DskipTests
mvn -q -B -pl ejb exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=dev.parley.store.bench.StoreBench -Dexec.args="${1:-100000}"
