package dev.parley.mail.net;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on an underlying executor with at most {@code limit} of them in flight; the rest wait in
 * a FIFO queue and are run by the threads already busy, as each finishes its task.
 *
 * <p>Why: a Jakarta EE default {@code ManagedExecutorService} (Payara: a {@code SynchronousQueue} and no
 * real maximum) starts one thread per concurrent task. When a new message pings 5,000 IDLE sessions, that
 * is thousands of threads at once, all queueing for a JDBC pool of a few dozen connections — measured
 * 1,670 threads and 5 s until the last idler heard of the message (bench/imap-idle). Bounded here, the
 * same work runs on a few dozen threads, each taking the next session's task without a new submission.
 *
 * <p>A task submitted from inside a running task of this executor is queued, never run nested, also
 * over a direct executor ({@code Runnable::run}, as in the tests).
 */
public final class BoundedExecutor implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedExecutor.class);
    private static final ThreadLocal<BoundedExecutor> DRAINING = new ThreadLocal<>();

    private final Executor delegate;
    private final int limit;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger active = new AtomicInteger();

    public BoundedExecutor(Executor delegate, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.delegate = java.util.Objects.requireNonNull(delegate, "delegate");
        this.limit = limit;
    }

    @Override
    public void execute(Runnable task) {
        queue.add(java.util.Objects.requireNonNull(task, "task"));
        if (DRAINING.get() != this) {
            schedule();
        }
    }

    /** Tasks running or waiting for a thread, for metrics and tests. */
    public int pending() {
        return queue.size() + active.get();
    }

    private void schedule() {
        while (!queue.isEmpty()) {
            int running = active.get();
            if (running >= limit) {
                return; // a running drain will take the task
            }
            if (active.compareAndSet(running, running + 1)) {
                try {
                    delegate.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    active.decrementAndGet();
                    throw e;
                }
                return;
            }
        }
    }

    private void drain() {
        BoundedExecutor outer = DRAINING.get();
        DRAINING.set(this);
        try {
            Runnable next;
            while ((next = queue.poll()) != null) {
                try {
                    next.run();
                } catch (RuntimeException e) {
                    LOG.error("task failed", e);
                }
            }
        } finally {
            active.decrementAndGet();
            if (outer == null) {
                DRAINING.remove();
            } else {
                DRAINING.set(outer);
            }
        }
        // a task queued between the last poll and the decrement found every slot taken
        schedule();
    }
}
