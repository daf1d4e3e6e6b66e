package dev.parley.store.blob;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link BlobStore} contract; every implementation's test extends this. */
abstract class BlobStoreContract {

    @TempDir
    Path dir;

    BlobStore store;

    abstract BlobStore newStore(Path dir) throws IOException;

    @BeforeEach
    void open() throws IOException {
        store = newStore(dir);
    }

    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(US_ASCII));
    }

    static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), US_ASCII);
        }
    }

    @Test
    void storesAndReturnsTheOctetsUnderTheirSha256() throws Exception {
        BlobRef ref = store.put(bytes("Subject: hi\r\n\r\nbody\r\n"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("Subject: hi\r\n\r\nbody\r\n".getBytes(US_ASCII))), ref.sha256());
        assertEquals(21, ref.size());
        assertEquals("Subject: hi\r\n\r\nbody\r\n", read(store.open(ref)));
        assertTrue(store.exists(ref));
    }

    @Test
    void normalisesLineEndsToCrlfBeforeHashing() throws Exception {
        BlobRef bare = store.put(bytes("a\nb\rc\r\nd"));
        BlobRef crlf = store.put(bytes("a\r\nb\r\nc\r\nd"));
        assertEquals(crlf, bare);
        assertEquals("a\r\nb\r\nc\r\nd", read(store.open(bare)));
    }

    @Test
    void identicalContentIsStoredOnce() throws Exception {
        BlobRef first = store.put(bytes("same\r\n"));
        BlobRef second = store.put(bytes("same\r\n"));
        assertEquals(first, second);
        assertEquals("same\r\n", read(store.open(second)));
    }

    @Test
    void concurrentPutsOfTheSameContentAllSucceed() throws Exception {
        String content = "From: x@example.test\r\n\r\n" + "line\r\n".repeat(20_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<BlobRef>> puts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                puts.add(pool.submit((Callable<BlobRef>) () -> store.put(bytes(content))));
            }
            BlobRef expected = puts.get(0).get();
            for (Future<BlobRef> put : puts) {
                assertEquals(expected, put.get());
            }
            assertEquals(content, read(store.open(expected)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsARangeAndStopsAtTheEnd() throws Exception {
        BlobRef ref = store.put(bytes("0123456789"));
        assertEquals("345", read(store.openRange(ref, 3, 3)));
        assertEquals("89", read(store.openRange(ref, 8, 100)));
        assertEquals("", read(store.openRange(ref, 20, 5)));
    }

    @Test
    void deleteRemovesAndIgnoresAbsentBlobs() throws Exception {
        BlobRef ref = store.put(bytes("bye"));
        store.delete(ref);
        assertFalse(store.exists(ref));
        store.delete(ref);
        assertThrows(IOException.class, () -> store.open(ref));
    }

    @Test
    void emptyContentIsABlobToo() throws Exception {
        BlobRef ref = store.put(bytes(""));
        assertEquals(0, ref.size());
        assertArrayEquals(new byte[0], store.open(ref).readAllBytes());
    }
}
