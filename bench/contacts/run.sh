#!/bin/sh
# Contacts benchmark (issue 6): a 20,000-card address book and a corporate directory of 100,000
# accounts filled with bulk SQL in a bench-only database (default parley_bench_contacts on the suite's
# PostgreSQL; it is DROPPED and re-migrated — never point it at parley), then the medians of: full
# sync (sync-collection + multiget of every card), sync-collection with 10 changes, autocomplete over
# personal + directory. Measured on the contacts service against PostgreSQL (no HTTP/XML: the
# directory's 100,000 accounts are never created in Keycloak).
#   bench/contacts/run.sh [cards] [accounts] [runs]
# Hold /tmp/parley-suite.lock while measuring on a shared machine:
#   flock /tmp/parley-suite.lock bench/contacts/run.sh
set -e
cd "$(dirname "$0")/../.."
: "${PARLEY_HOME:=$PWD/.parley}"
export PARLEY_HOME
export PARLEY_TEST_DB_URL="${PARLEY_BENCH_DB_URL:-jdbc:postgresql://localhost:5433/parley_bench_contacts}"
mvn -q -o -B -pl sql,addressbook install -DskipTests
mvn -q -o -B -pl ejb test-compile
mvn -q -o -B -pl ejb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/bench.classpath)" \
    dev.parley.contacts.ContactsBench "${1:-20000}" "${2:-100000}" "${3:-7}"
