package dev.parley.mail.imap;

import dev.parley.mail.imap.session.ImapConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Queue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commands waiting for a slow executor are bounded: reading pauses, then resumes. */
class PipeliningLimitTest {

    @Test
    void readingPausesWhileManyCommandsWaitAndResumesWhenDrained() {
        Queue<Runnable> pending = new ArrayDeque<>();
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice(), ImapConfig.defaults().withExecutor(pending::add));
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            flood.append("n").append(i).append(" NOOP\r\n");
        }
        imap.write(flood.toString());
        assertFalse(imap.channel.config().isAutoRead(), "reading paused");
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
        assertTrue(imap.channel.config().isAutoRead(), "reading resumed");
        String out = imap.read();
        assertTrue(out.contains("n0 OK NOOP completed\r\n") && out.endsWith("n99 OK NOOP completed\r\n"), out);
    }
}
