package dev.parley.store.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.store.mail.api.Flag;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingRowsTest {

    @Test
    void arrayTextReadsPlainAndQuotedElements() {
        assertEquals(List.of("$Junk", "$Later"), List.copyOf(ListingRows.arrayText("{$Junk,$Later}")));
        assertEquals(List.of("a,b", "c}d", "e\"f"), List.copyOf(ListingRows.arrayText("{\"a,b\",\"c}d\",\"e\\\"f\"}")));
        assertEquals(List.of("x"), List.copyOf(ListingRows.arrayText("{x}")));
    }

    @Test
    void flagBitsFollowTheFlagOrdinals() {
        assertEquals(Set.of(Flag.SEEN, Flag.DELETED), ListingRows.flags(1 | 8, null).system());
        assertEquals(Set.of(Flag.ANSWERED, Flag.FLAGGED, Flag.DRAFT), ListingRows.flags(2 | 4 | 16, "{k}").system());
    }
}
