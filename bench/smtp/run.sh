#!/bin/sh
# Inbound SMTP benchmark against the running suite (bin/parley up): 20 concurrent sessions on the MX
# port (2525, loopback) send 4 KB messages to fresh local accounts; prints messages/s accepted (250),
# messages/s delivered end to end (visible over IMAP) and the p50/p99 time from 250 to visible.
# JDK only (java source launcher, raw socket SMTP and IMAP clients); no build step.
#   bench/smtp/run.sh                                  # 20 sessions, 2,000 messages of 4 KB, 10 accounts
#   bench/smtp/run.sh --sessions 20 --messages 5000 --size 102400 --accounts 10
set -e
cd "$(dirname "$0")/../.."
exec java -Xmx1g bench/smtp/SmtpBench.java "$@"
