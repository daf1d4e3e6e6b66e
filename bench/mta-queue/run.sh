#!/usr/bin/env bash
# bench/mta-queue: 10,000 messages deferred for an unreachable domain must cost no CPU while they wait
# (issue 4). Queues them through submission, waits until every one has had its first attempt and its
# first retry (1 minute later, parley.mta.retry-schedule), then counts Payara's CPU ticks
# (/proc/PID/stat utime+stime) over a 60 s window in which nothing is due, and prints the retry times
# from mta.delivery_log. Run under the suite lock: flock /tmp/parley-suite.lock bench/mta-queue/run.sh
# (needs the test configuration for the unreachable.test route: PARLEY_TEST_CONFIG=1 bin/parley up)
set -euo pipefail
cd "$(dirname "$0")/../.."
PARLEY_HOME=${PARLEY_HOME:-$PWD/.parley}
. "$PARLEY_HOME/secrets.env"
N=${N:-10000}
psqlq() { PGPASSWORD=$PARLEY_DB_PASSWORD psql -h localhost -p 5433 -U parley -d parley -At -c "$1"; }
pid=$(cat "$PARLEY_HOME/payara6/glassfish/domains/domain1/config/pid")
start=$(psqlq "SELECT now()")
python3 bench/mta-queue/enqueue.py "$N" bob@example.test "$PARLEY_DEMO_PASSWORD"
deferred() { psqlq "SELECT count(*) FROM mta.recipient r JOIN mta.message m USING (queue_id) WHERE r.address LIKE '%@unreachable.test' AND m.received_at >= '$start' AND r.state = 'deferred' AND r.attempts >= $1"; }
echo "waiting for the first attempt and the first retry of all $N ..."
until [[ $(deferred 2) -ge $N ]]; do sleep 5; done
echo "deferred after 2 attempts: $(deferred 2); next attempts due from $(psqlq "SELECT min(next_attempt) FROM mta.recipient WHERE address LIKE '%@unreachable.test' AND state = 'deferred'")"
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
t0=$(ticks); sleep 60; t1=$(ticks)
echo "Payara CPU over 60 s with $N deferred and none due: $((t1 - t0)) ticks (${hz}/s) = $(awk -v t=$((t1 - t0)) -v h=$hz 'BEGIN{printf "%.2f", t/h/60*100}')% of one core"
echo "attempts per message (delivery_log), first and second attempt times:"
psqlq "SELECT 'attempt ' || rn || ': ' || count(*) || ' rows, ' || min(at)::time(0) || ' .. ' || max(at)::time(0) FROM (SELECT at, row_number() OVER (PARTITION BY queue_id ORDER BY at) rn FROM mta.delivery_log WHERE recipient LIKE '%@unreachable.test' AND at >= '$start') x GROUP BY rn ORDER BY rn"
# the bench's messages would otherwise be retried for 7 days on the shared suite and then bounce to bob
psqlq "DELETE FROM mta.message WHERE queue_id IN (SELECT queue_id FROM mta.recipient WHERE address LIKE '%@unreachable.test' AND state <> 'delivered')" >/dev/null
echo "removed the bench's messages from the queue"
