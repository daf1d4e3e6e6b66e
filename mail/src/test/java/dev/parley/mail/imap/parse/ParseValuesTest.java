package dev.parley.mail.imap.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseValuesTest {

    @Test
    void modifiedUtf7RoundTripsRfc3501Examples() throws Exception {
        // RFC 3501 §5.1.3: "~peter/mail/&U,BTFw-/&ZeVnLIqe-" is "~peter/mail/台北/日本語"
        assertEquals("~peter/mail/台北/日本語", ModifiedUtf7.decode("~peter/mail/&U,BTFw-/&ZeVnLIqe-"));
        assertEquals("~peter/mail/&U,BTFw-/&ZeVnLIqe-", ModifiedUtf7.encode("~peter/mail/台北/日本語"));
        assertEquals("Tom & Jerry", ModifiedUtf7.decode("Tom &- Jerry"));
        assertEquals("Tom &- Jerry", ModifiedUtf7.encode("Tom & Jerry"));
        assertEquals("&AMk-t&AOk-", ModifiedUtf7.encode("Été"));
    }

    @Test
    void modifiedUtf7RejectsMalformed() {
        for (String bad : new String[] {"&Jjo!", "&U,BTFw", "&AGE-", "caf\u00e9"}) {
            assertThrows(SyntaxException.class, () -> ModifiedUtf7.decode(bad), bad);
        }
    }

    @Test
    void sequenceSetsResolveStarAndOrder() throws Exception {
        SequenceSet set = SequenceSet.parse("2,4:7,9,12:*");
        assertEquals(List.of(new SequenceSet.Range(2, 2), new SequenceSet.Range(4, 7), new SequenceSet.Range(9, 9),
                new SequenceSet.Range(12, 15)), set.resolve(15));
        assertEquals(List.of(new SequenceSet.Range(10, 15)), SequenceSet.parse("*:10").resolve(15));
        assertTrue(SequenceSet.parse("$").saved());
        for (String bad : new String[] {"0", "1:", ",", "a", "1,,2", "4294967296", "-1"}) {
            assertThrows(SyntaxException.class, () -> SequenceSet.parse(bad), bad);
        }
    }

    @Test
    void dateTimesAsRfc9051WritesThem() throws Exception {
        assertEquals(Instant.parse("1996-07-17T09:44:25Z"), ImapDates.dateTime("17-Jul-1996 02:44:25 -0700"));
        assertEquals(Instant.parse("1996-07-07T09:44:25Z"), ImapDates.dateTime(" 7-Jul-1996 02:44:25 -0700"));
        assertEquals("17-Jul-1996 09:44:25 +0000", ImapDates.format(Instant.parse("1996-07-17T09:44:25Z")));
        assertThrows(SyntaxException.class, () -> ImapDates.dateTime("17-Foo-1996 02:44:25 -0700"));
        assertThrows(SyntaxException.class, () -> ImapDates.dateTime("17-Jul-1996 02:44:25"));
    }

    @Test
    void readerTokens() throws Exception {
        ImapReader r = new ImapReader("a1 \"q\\\"uote\" {3}\r\nlit atom NIL ~{2}\r\n\0\1".getBytes(StandardCharsets.UTF_8));
        assertEquals("a1", r.tag());
        r.sp();
        assertEquals("q\"uote", r.astring());
        r.sp();
        assertEquals("lit", r.string());
        r.sp();
        assertEquals("atom", r.astring());
        r.sp();
        assertEquals(null, r.nstring());
        r.sp();
        byte[] binary = r.literal();
        assertEquals(2, binary.length);
        r.end();
    }

    @Test
    void readerRejectsMalformedStrings() {
        for (String bad : new String[] {"\"open", "\"bad\\escape\"", "{5}\r\nabc", "{}\r\n", "{3}abc"}) {
            assertThrows(SyntaxException.class, () -> new ImapReader(bad.getBytes(StandardCharsets.UTF_8)).string(), bad);
        }
    }

    @Test
    void numbersAreBounded() {
        assertThrows(SyntaxException.class, () -> new ImapReader("4294967296".getBytes(StandardCharsets.US_ASCII)).number());
    }
}
