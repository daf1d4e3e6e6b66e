package dev.parley.calendar.wcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WcapErrnoTest {

    @Test
    void everyDocumentedNumberIsThere() {
        Set<Integer> expected = new HashSet<>(Set.of(-1, 0, 1, 2, 6));
        for (int i = 8; i <= 87; i++) {
            expected.add(i);
        }
        for (int i = 11000; i <= 11008; i++) {
            expected.add(i);
        }
        Set<Integer> actual = new HashSet<>();
        for (WcapErrno e : WcapErrno.values()) {
            actual.add(e.code());
        }
        assertEquals(expected, actual);
    }

    @Test
    void namesAndCodesAsDocumented() {
        assertEquals(WcapErrno.LOGIN_FAILED, WcapErrno.of(1));
        assertEquals(WcapErrno.ACCESS_DENIED_TO_CALENDAR, WcapErrno.of(28));
        assertEquals(WcapErrno.CALENDAR_DOES_NOT_EXIST, WcapErrno.of(29));
        assertEquals(WcapErrno.COMPONENT_NOT_FOUND, WcapErrno.of(59));
        assertEquals(WcapErrno.WCAP_CREATE_EXISTS, WcapErrno.of(63));
        assertEquals(-1, WcapErrno.LOGOUT.code());
        assertNull(WcapErrno.of(3));
        assertNull(WcapErrno.of(7));
    }
}
