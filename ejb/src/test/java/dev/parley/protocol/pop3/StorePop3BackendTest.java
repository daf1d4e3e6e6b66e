package dev.parley.protocol.pop3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.auth.AuthResult;
import dev.parley.auth.AuthenticationService;
import dev.parley.mail.pop3.backend.AuthFailure;
import dev.parley.mail.pop3.backend.Maildrop;
import dev.parley.mail.pop3.backend.MaildropEntry;
import dev.parley.mail.pop3.backend.MaildropInUseException;
import dev.parley.mail.pop3.backend.Pop3BackendException;
import dev.parley.protocol.MailLogin;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.MailboxStatus;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.MessageSummary;
import dev.parley.store.mail.api.StoreException;
import dev.parley.store.mail.api.UidSet;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorePop3BackendTest {

    private static final String USER = "carol@example.org";

    private final AuthenticationService auth = mock(AuthenticationService.class);
    private final MessageStore store = mock(MessageStore.class);
    private final StorePop3Backend backend;

    StorePop3BackendTest() {
        MailLogin login = new MailLogin(auth, a -> a.equals(USER) ? OptionalLong.of(7) : OptionalLong.empty(), store);
        backend = new StorePop3Backend(login, a -> a.equals(USER) ? OptionalLong.of(7) : OptionalLong.empty(), store,
                new MaildropLocks());
        when(store.status(7, "INBOX")).thenReturn(new MailboxStatus("INBOX", 2, 12, 4242, 0, 0, 30, 3));
        when(store.fetch(7, "INBOX", UidSet.all())).thenReturn(List.of(summary(5, 10), summary(11, 20)));
    }

    private static MessageSummary summary(long uid, long size) {
        return new MessageSummary(uid, 1, Flags.NONE, Instant.EPOCH, size, "sha", 0, 2, null, null);
    }

    @Test
    void authenticationFailuresMapToPop3Kinds() {
        when(auth.verifyPassword(any(), any(), any())).thenReturn(AuthResult.failed(AuthResult.Failure.THROTTLED));
        var failure = assertInstanceOf(dev.parley.mail.pop3.backend.AuthResult.Failure.class,
                backend.authenticate(USER, "pw", null));
        assertEquals(AuthFailure.THROTTLED, failure.kind());
        when(auth.verifyPassword(any(), any(), any())).thenReturn(AuthResult.success(USER, "s", Set.of()));
        assertEquals(new dev.parley.mail.pop3.backend.AuthResult.Success(USER), backend.authenticate(USER, "pw", null));
    }

    @Test
    void maildropIsTheInboxWithStableUids() throws Exception {
        byte[] body = "Subject: x\r\n\r\nbody\r\n".getBytes();
        when(store.openMessage(7, "INBOX", 11, 0, 20)).thenReturn(new ByteArrayInputStream(body));
        try (Maildrop drop = backend.openMaildrop(USER)) {
            assertEquals(List.of(new MaildropEntry("4242.5", 10), new MaildropEntry("4242.11", 20)), drop.entries());
            try (InputStream in = drop.open(1)) {
                assertArrayEquals(body, in.readAllBytes());
            }
        }
    }

    @Test
    void lockIsPerAccountAndReleasedOnClose() throws Exception {
        Maildrop first = backend.openMaildrop(USER);
        assertThrows(MaildropInUseException.class, () -> backend.openMaildrop(USER));
        first.close();
        first.close(); // twice is harmless
        backend.openMaildrop(USER).close();
    }

    @Test
    void storeFailureReleasesTheLock() throws Exception {
        when(store.fetch(7, "INBOX", UidSet.all())).thenThrow(new StoreException(StoreException.Kind.UNAVAILABLE, "down"))
                .thenReturn(List.of());
        assertThrows(Pop3BackendException.class, () -> backend.openMaildrop(USER));
        backend.openMaildrop(USER).close();
    }

    @Test
    void deletionsFlagAndExpungeExactlyThoseUids() throws Exception {
        try (Maildrop drop = backend.openMaildrop(USER)) {
            drop.commitDeletions(Set.of(1));
        }
        verify(store).setFlags(eq(7L), eq("INBOX"), eq(UidSet.of(11)), eq(FlagMode.ADD), eq(Flags.of(Flag.DELETED)), isNull());
        verify(store).expunge(7, "INBOX", UidSet.of(11));
    }
}
