package dev.parley.mta.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void defaultsAreTheSunSchedule() {
        RetrySchedule s = RetrySchedule.defaults();
        assertEquals(Duration.ofMinutes(1), s.delay(1));
        assertEquals(Duration.ofMinutes(5), s.delay(2));
        assertEquals(Duration.ofHours(4), s.delay(7));
        assertEquals(Duration.ofHours(4), s.delay(70));
        assertEquals(0, s.warningsDue(Duration.ofHours(23)));
        assertEquals(1, s.warningsDue(Duration.ofDays(1)));
        assertEquals(2, s.warningsDue(Duration.ofHours(50)));
        assertEquals(3, s.warningsDue(Duration.ofDays(6)));
    }

    @Test
    void parsesShortSchedules() {
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofDays(1)),
                RetrySchedule.parse(" 10s, 2m ,1d"));
        assertEquals(List.of(), RetrySchedule.parse(""));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("10x"));
    }
}
