package dev.parley.mta.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void itemsArrivingDuringACommitGoIntoOneBatchAndCompleteOnlyAfterIt() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        try (GroupCommit<Integer, String> commit = new GroupCommit<>("t", Thread::new, 100, items -> {
            batches.add(List.copyOf(items));
            if (batches.size() == 1) {
                firstStarted.countDown();
                await(release);
            }
            return items.stream().map(i -> "ok " + i).toList();
        })) {
            CompletableFuture<String> first = commit.submit(0);
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
            List<CompletableFuture<String>> rest = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                rest.add(commit.submit(i));
            }
            Thread.sleep(50);
            assertTrue(rest.stream().noneMatch(CompletableFuture::isDone), "nothing is acknowledged before its commit");
            release.countDown();
            assertEquals("ok 0", first.get(5, TimeUnit.SECONDS));
            for (int i = 1; i <= 5; i++) {
                assertEquals("ok " + i, rest.get(i - 1).get(5, TimeUnit.SECONDS));
            }
            assertEquals(List.of(List.of(0), List.of(1, 2, 3, 4, 5)), batches);
        }
    }

    @Test
    void aFailedBatchIsRetriedItemByItemSoOnlyTheBadItemFails() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("t", Thread::new, 100, items -> {
            if (items.contains(-1)) {
                await(hold);
            }
            if (items.contains(13)) {
                throw new IllegalStateException("constraint violated");
            }
            return items;
        })) {
            CompletableFuture<Integer> blocker = commit.submit(-1);
            Thread.sleep(50);
            CompletableFuture<Integer> a = commit.submit(1);
            CompletableFuture<Integer> bad = commit.submit(13);
            CompletableFuture<Integer> b = commit.submit(2);
            hold.countDown();
            assertEquals(-1, blocker.get(5, TimeUnit.SECONDS));
            assertEquals(1, a.get(5, TimeUnit.SECONDS));
            assertEquals(2, b.get(5, TimeUnit.SECONDS));
            ExecutionException e = assertThrows(ExecutionException.class, () -> bad.get(5, TimeUnit.SECONDS));
            assertEquals("constraint violated", e.getCause().getMessage());
        }
    }

    @Test
    void closingCommitsWhatIsQueuedAndRefusesNewItems() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("t", Thread::new, 100, items -> items);
        CompletableFuture<Integer> queued = commit.submit(7);
        commit.close();
        assertEquals(7, queued.get(5, TimeUnit.SECONDS));
        assertTrue(commit.submit(8).isCompletedExceptionally());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
