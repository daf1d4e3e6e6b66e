package dev.parley.protocol.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.mail.imap.backend.BackendException.Reason;
import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.SearchKey;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.SearchCriteria;
import dev.parley.store.mail.api.StoreException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImapMappingTest {

    @Test
    void storeRefusalsBecomeTheirResponseCodes() {
        Map<StoreException.Kind, Reason> expected = Map.of(
                StoreException.Kind.NOT_FOUND, Reason.NONEXISTENT,
                StoreException.Kind.EXISTS, Reason.ALREADY_EXISTS,
                StoreException.Kind.HAS_CHILDREN, Reason.HAS_CHILDREN,
                StoreException.Kind.CANNOT, Reason.CANNOT,
                StoreException.Kind.INVALID, Reason.CANNOT,
                StoreException.Kind.QUOTA_EXCEEDED, Reason.OVER_QUOTA,
                StoreException.Kind.FORBIDDEN, Reason.NO_PERMISSION,
                StoreException.Kind.UNAVAILABLE, Reason.UNAVAILABLE);
        expected.forEach((kind, reason) ->
                assertEquals(reason, ImapMapping.failure(new StoreException(kind, "x"), false).reason(), kind.name()));
        assertEquals(Reason.TRY_CREATE, ImapMapping.failure(StoreException.notFound("no Foo"), true).reason());
        assertEquals(Reason.UNAVAILABLE, ImapMapping.failure(new IllegalStateException("ejb"), false).reason());
    }

    @Test
    void recentAndUnknownSystemFlagsAreNotStored() {
        var stored = ImapMapping.toStore(Flags.of("\\Seen", "\\Recent", "\\Bogus", "$Forwarded", "\\FLAGGED"));
        assertEquals(List.of("\\Seen", "\\Flagged", "$Forwarded"), stored.names());
        assertEquals(Flags.of("\\Seen", "\\Flagged", "$Forwarded"), ImapMapping.toImap(stored));
    }

    @Test
    void uidSetsKeepTheirRanges() {
        UidSet imap = new UidSet(List.of(new UidSet.Range(1, 3), new UidSet.Range(7, 7)));
        assertEquals("1:3,7", ImapMapping.toStore(imap).toString());
    }

    @Test
    void searchKeysBecomeCriteria() {
        SearchKey key = new SearchKey.And(List.of(
                new SearchKey.HasFlag("\\Seen", false),
                new SearchKey.HasFlag("$Label1", true),
                new SearchKey.Header("Subject", "lunch"),
                new SearchKey.Text("asparagus", true),
                new SearchKey.Date(SearchKey.Comparison.SINCE, LocalDate.of(2024, 1, 2), true),
                new SearchKey.Or(new SearchKey.Size(100, true), new SearchKey.ModSeqAtLeast(ModSeq.of(9))),
                new SearchKey.Not(new SearchKey.UidIn(UidSet.of(4, 6))),
                new SearchKey.HasFlag("\\Recent", true)));
        SearchCriteria expected = new SearchCriteria.And(List.of(
                new SearchCriteria.Not(new SearchCriteria.HasFlag(Flag.SEEN)),
                new SearchCriteria.HasKeyword("$Label1"),
                new SearchCriteria.Header("subject", "lunch"),
                new SearchCriteria.Text(SearchCriteria.TextScope.BODY, "asparagus"),
                new SearchCriteria.Date(SearchCriteria.DateField.SENT, SearchCriteria.Comparison.SINCE, LocalDate.of(2024, 1, 2)),
                new SearchCriteria.Or(new SearchCriteria.Size(true, 100), new SearchCriteria.ModSeq(9)),
                new SearchCriteria.Not(new SearchCriteria.Uids(dev.parley.store.mail.api.UidSet.range(4, 6))),
                new SearchCriteria.Not(new SearchCriteria.All())));
        assertEquals(expected, ImapMapping.toStore(key));
    }
}
