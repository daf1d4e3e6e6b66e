#!/bin/sh
# IMAP benchmark over real IMAP against the running suite (bin/parley up): fresh account through the
# REST API, INBOX filled with 100,000 generated messages by APPEND, then SELECT / newest-50 FETCH /
# header UID SEARCH / full-text SEARCH timings and a 50-client mixed load. JDK only (java source
# launcher, raw socket IMAP client); no build step.
#   bench/imap/run.sh                      # fresh account, 100,000 messages, all figures
#   bench/imap/run.sh --reuse              # the account of the last run (no refill)
#   bench/imap/run.sh --messages 2000 --runs 5 --clients 10 --seconds 20 --skip-load --load-only
set -e
cd "$(dirname "$0")/../.."
exec java -Xmx1g bench/imap/ImapBench.java "$@"
