package dev.parley.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "N", value = {
        "Fri, 21 Nov 1997 09:55:06 -0600|1997-11-21T15:55:06Z",        // RFC 5322 §A.1.1
        "Tue, 1 Jul 2003 10:52:37 +0200|2003-07-01T08:52:37Z",
        "1 Jul 2003 10:52 +0200|2003-07-01T08:52:00Z",
        "Mon, 7 Feb 94 21:52:25 PST|1994-02-08T05:52:25Z",            // two-digit year, named zone
        "Thu, 13 Feb 69 23:32:54 -0330 (Newfoundland Time)|1969-02-14T03:02:54Z", // RFC 5322 §A.6.3
        "21 Nov 1997 09:55:06|1997-11-21T09:55:06Z",
        "Fri, 21 Nov 1997 09:55:06+0100|1997-11-21T08:55:06Z",
        "yesterday|N",
        "Fri, 31 Feb 1997 09:55:06 +0000|N",
        "|N",
    })
    void parses(String value, String instant) {
        assertEquals(instant == null ? null : Instant.parse(instant), MessageDates.parse(value));
    }
}
