#!/bin/sh
# Issue 6 figures through CardDAV and REST on the running suite (bin/parley up): full sync of a
# 20,000-card book (sync-collection + addressbook-multiget), sync-collection after 10 changes,
# autocomplete over the personal book and a 100,000-account corporate directory. JDK only.
# The first run sets up a bench domain (REST + psql; remembered in PARLEY_HOME/bench-carddav.properties).
#   bench/contacts/carddav.sh [--runs 7] [--batch 100] [--cards 20000] [--accounts 100000] [--fresh]
# Hold the suite lock while measuring on a shared machine: flock -o /tmp/parley-suite.lock bench/contacts/carddav.sh
set -e
cd "$(dirname "$0")/../.."
: "${PARLEY_HOME:=$PWD/.parley}"
export PARLEY_HOME
exec java -Xmx1g bench/contacts/CardDavBench.java "$@"
