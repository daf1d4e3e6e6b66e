#!/usr/bin/env python3
"""Queues N messages for unreachable.test (routed to 127.0.0.1:9, where nothing listens, by the test
configuration: PARLEY_TEST_CONFIG=1 bin/parley up) through submission (2587, STARTTLS, AUTH) as a demo user,
several messages per connection. NOTIFY=NEVER (RFC 3461 §4.1): the test configuration's short delay-warning
age would otherwise send the sender one delay report per message."""
import smtplib, ssl, sys, os, concurrent.futures

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
user, password = sys.argv[2], sys.argv[3]
host = os.environ.get("PARLEY_MAIL_HOST", "127.0.0.1")
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE

def connect():
    s = smtplib.SMTP(host, 2587, timeout=60); s.starttls(context=ctx); s.login(user, password)
    return s

def batch(job):
    s, k = job
    for i in range(k):
        s.sendmail(user, [f"nobody{i % 50}@unreachable.test"],
                   f"From: <{user}>\r\nTo: <nobody@unreachable.test>\r\nSubject: bench mta-queue {i}\r\n\r\nwaiting\r\n",
                   rcpt_options=["NOTIFY=NEVER"])
    s.quit()

per, workers = 500, 10
# logins one after the other (parallel logins of one user were refused: 535), then the sending in parallel
sizes = [per] * (n // per) + ([n % per] if n % per else [])
for start in range(0, len(sizes), workers):
    jobs = [(connect(), k) for k in sizes[start:start + workers]]
    with concurrent.futures.ThreadPoolExecutor(workers) as ex:
        list(ex.map(batch, jobs))
print(f"queued {n} messages for unreachable.test")
