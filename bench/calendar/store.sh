#!/bin/sh
# Issue 5 back-end figures (StoreBench.java): the calendar store on a PostgreSQL TEST database that it
# resets (own database, never the suite's): one-month time range over 10,000 events, changes after 10
# changes, free/busy of 20 users over a week. Builds nothing: run `mvn -o -pl sql,calendar,ejb install
# -DskipTests` and `mvn -o -pl ejb test-compile` first.
#   PARLEY_TEST_DB_URL=jdbc:postgresql://localhost:5433/parley_test_<you> bench/calendar/store.sh [runs]
set -e
cd "$(dirname "$0")/../.."
: "${PARLEY_HOME:=$PWD/.parley}"
export PARLEY_HOME
CP_FILE=$(mktemp)
mvn -o -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="ejb/target/classes:ejb/target/test-classes:calendar/target/classes:$(cat "$CP_FILE")"
rm -f "$CP_FILE"
exec java -Xmx1g -cp "$CP" bench/calendar/StoreBench.java "$@"
