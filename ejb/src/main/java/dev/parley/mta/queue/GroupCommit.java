package dev.parley.mta.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit (ADR 0045): items submitted by many threads are committed by one thread in batches —
 * whatever arrived while the previous batch was committing goes into the next one, so a batch costs one
 * transaction and one WAL flush however many items it holds, and nobody waits for a timer. Each item's
 * future completes only after its batch has committed. A batch that fails is retried item by item, so
 * one bad item fails alone.
 *
 * @param <T> what is committed
 * @param <R> the result per item
 */
public final class GroupCommit<T, R> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private record Pending<T, R>(T item, CompletableFuture<R> result) {
    }

    private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    private final Function<List<T>, List<R>> commit;
    private final int maxBatch;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param commit commits a batch in one transaction and returns one result per item, in order; it
     *               throws if nothing of the batch was committed
     */
    public GroupCommit(String name, ThreadFactory threads, int maxBatch, Function<List<T>, List<R>> commit) {
        this.commit = Objects.requireNonNull(commit, "commit");
        this.maxBatch = maxBatch;
        this.thread = threads.newThread(this::run);
        this.thread.setName(name);
        this.thread.start();
    }

    public CompletableFuture<R> submit(T item) {
        CompletableFuture<R> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new IllegalStateException("shutting down"));
            return result;
        }
        queue.add(new Pending<>(item, result));
        return result;
    }

    private void run() {
        List<Pending<T, R>> batch = new ArrayList<>(maxBatch);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                commitBatch(batch);
            } catch (InterruptedException e) {
                if (closed) {
                    break;
                }
            } catch (RuntimeException e) {
                LOG.error("group commit: {}", e.toString());
            } finally {
                batch.forEach(p -> p.result().completeExceptionally(new IllegalStateException("not committed")));
                batch.clear();
            }
        }
        Pending<T, R> left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(new IllegalStateException("shutting down"));
        }
    }

    /** Completes every future of the batch (later completions of the same future are ignored). */
    private void commitBatch(List<Pending<T, R>> batch) {
        List<T> items = batch.stream().map(Pending::item).toList();
        List<R> results;
        try {
            results = commit.apply(items);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).result().completeExceptionally(e);
                return;
            }
            LOG.warn("group commit of {} items failed ({}); committing them one by one", batch.size(), e.toString());
            for (Pending<T, R> p : batch) {
                try {
                    p.result().complete(commit.apply(List.of(p.item())).get(0));
                } catch (RuntimeException one) {
                    p.result().completeExceptionally(one);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results.get(i));
        }
    }

    /** Stops taking items; what is queued is still committed. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
