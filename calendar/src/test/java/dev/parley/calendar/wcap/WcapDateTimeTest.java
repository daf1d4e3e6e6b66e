package dev.parley.calendar.wcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WcapDateTimeTest {

    @Test
    void utcForm() {
        assertEquals(Instant.parse("2007-03-12T12:15:00Z"), WcapDateTime.parse("20070312T121500Z", null, WcapErrno.OK));
    }

    @Test
    void zeroAndEmptyAreUnbounded() {
        assertNull(WcapDateTime.parse("0", null, WcapErrno.OK));
        assertNull(WcapDateTime.parse("", null, WcapErrno.OK));
        assertNull(WcapDateTime.parse(null, null, WcapErrno.OK));
    }

    @Test
    void localFormIsReadInTzid() {
        assertEquals(Instant.parse("2007-03-12T11:15:00Z"),
                WcapDateTime.parse("20070312T121500", ZoneId.of("Europe/Paris"), WcapErrno.OK));
        assertEquals(Instant.parse("2007-03-12T12:15:00Z"), WcapDateTime.parse("20070312T121500", null, WcapErrno.OK));
    }

    @Test
    void dateFormIsStartOfDay() {
        assertEquals(Instant.parse("2007-03-12T00:00:00Z"), WcapDateTime.parse("20070312", null, WcapErrno.OK));
    }

    @Test
    void malformedGivesTheCommandsErrno() {
        assertEquals(WcapErrno.FETCHBYDATERANGE_FAILED, assertThrows(WcapException.class,
                () -> WcapDateTime.parse("2007-03-12", null, WcapErrno.FETCHBYDATERANGE_FAILED)).errno());
    }

    @Test
    void formatsUtcAndZero() {
        assertEquals("20070312T121500Z", WcapDateTime.format(Instant.parse("2007-03-12T12:15:00Z")));
        assertEquals("0", WcapDateTime.format(null));
    }
}
