package dev.parley.mail.pop3;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 1939 §6 UPDATE state and the maildrop lock of §4. */
class Pop3UpdateTest {

    private static InMemoryPop3Backend backend() {
        return new InMemoryPop3Backend().user("alice", "secret")
                .message("alice", "Subject: 1\r\n\r\none\r\n").message("alice", "Subject: 2\r\n\r\ntwo\r\n");
    }

    @Test
    void droppedConnectionDeletesNothingAndReleasesTheLock() {
        InMemoryPop3Backend backend = backend();
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend).login("alice", "secret");
        assertEquals("+OK message 1 deleted\r\n", wire.command("DELE 1"));
        wire.channel.close();
        assertEquals(2, backend.messages("alice").size());
        assertFalse(backend.isLocked("alice"));
    }

    @Test
    void secondSessionForTheSameUserIsInUse() {
        InMemoryPop3Backend backend = backend();
        Pop3Wire first = new Pop3Wire(Pop3Wire.PLAINTEXT, backend).login("alice", "secret");
        Pop3Wire second = new Pop3Wire(Pop3Wire.PLAINTEXT, backend);
        second.read();
        second.command("USER alice");
        assertEquals("-ERR [IN-USE] maildrop is locked by another session\r\n", second.command("PASS secret"));
        // RFC 1939 §4: still in AUTHORIZATION; the client may try again once the lock is gone.
        assertEquals("-ERR command not valid in this state\r\n", second.command("STAT"));
        first.command("QUIT");
        second.command("USER alice");
        assertTrue(second.command("PASS secret").startsWith("+OK logged in"));
    }

    @Test
    void failedCommitIsReportedAndStillReleasesTheLock() {
        InMemoryPop3Backend backend = backend();
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend).login("alice", "secret");
        wire.command("DELE 2");
        backend.commitFails = true;
        assertEquals("-ERR [SYS/TEMP] some deleted messages not removed, try again later\r\n", wire.command("QUIT"));
        assertFalse(wire.channel.isOpen());
        assertEquals(2, backend.messages("alice").size());
        assertFalse(backend.isLocked("alice"));
    }

    @Test
    void storeDownAtLoginIsTemporary() {
        InMemoryPop3Backend backend = backend();
        backend.storeDown = true;
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend);
        wire.read();
        wire.command("USER alice");
        assertEquals("-ERR [SYS/TEMP] maildrop unavailable, try again later\r\n", wire.command("PASS secret"));
    }

    @Test
    void messagesArrivingDuringTheSessionAreNotSeen() {
        InMemoryPop3Backend backend = backend();
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend).login("alice", "secret");
        backend.message("alice", "Subject: 3\r\n\r\nthree\r\n");
        assertTrue(wire.command("STAT").startsWith("+OK 2 "));
        wire.command("DELE 1");
        wire.command("QUIT");
        assertEquals(2, backend.messages("alice").size());
    }
}
