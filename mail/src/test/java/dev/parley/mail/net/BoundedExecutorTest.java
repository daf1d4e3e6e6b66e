package dev.parley.mail.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedExecutorTest {

    @Test
    void neverRunsMoreThanTheLimitAtOnceAndRunsEveryTask() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        AtomicInteger submissions = new AtomicInteger();
        BoundedExecutor bounded = new BoundedExecutor(task -> {
            submissions.incrementAndGet();
            pool.execute(task);
        }, 4);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        int tasks = 2000;
        CountDownLatch done = new CountDownLatch(tasks);
        for (int i = 0; i < tasks; i++) {
            bounded.execute(() -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.onSpinWait();
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertTrue(peak.get() <= 4, "peak " + peak.get());
        assertTrue(submissions.get() < tasks, "queued tasks reuse busy threads: " + submissions.get() + " submissions");
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(0, bounded.pending());
    }

    @Test
    void aTaskSubmittedFromATaskRunsAfterItOverADirectExecutor() {
        BoundedExecutor bounded = new BoundedExecutor(Runnable::run, 2);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        bounded.execute(() -> {
            order.add("outer start");
            bounded.execute(() -> order.add("inner"));
            order.add("outer end");
        });
        assertEquals(List.of("outer start", "outer end", "inner"), order);
    }

    @Test
    void aFailingTaskDoesNotStopTheOthers() {
        BoundedExecutor bounded = new BoundedExecutor(Runnable::run, 1);
        AtomicInteger ran = new AtomicInteger();
        bounded.execute(() -> {
            bounded.execute(() -> {
                throw new IllegalStateException("boom");
            });
            bounded.execute(ran::incrementAndGet);
        });
        assertEquals(1, ran.get());
        assertEquals(0, bounded.pending());
    }
}
