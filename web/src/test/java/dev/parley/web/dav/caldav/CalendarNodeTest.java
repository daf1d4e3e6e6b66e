package dev.parley.web.dav.caldav;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.calendar.caldav.CompFilter;
import dev.parley.calendar.caldav.PropFilter;
import dev.parley.calendar.caldav.TimeRange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarNodeTest {

    private static final TimeRange MARCH = new TimeRange(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

    private static CompFilter calendar(CompFilter... children) {
        return new CompFilter("VCALENDAR", false, null, List.of(), List.of(children));
    }

    @Test
    void theUsualTimeRangeQueryNeedsNoParsingOfTheCandidates() {
        assertTrue(CalendarNode.answeredByStore(calendar(new CompFilter("VEVENT", false, MARCH, List.of(), List.of())), true));
        assertTrue(CalendarNode.answeredByStore(calendar(), false), "VCALENDAR alone matches everything");
    }

    @Test
    void anythingMoreIsCheckedOnEachObject() {
        CompFilter withProp = new CompFilter("VEVENT", false, MARCH,
                List.of(new PropFilter("SUMMARY", false, null, null, List.of())), List.of());
        assertFalse(CalendarNode.answeredByStore(calendar(withProp), true));
        CompFilter withAlarm = new CompFilter("VEVENT", false, MARCH, List.of(),
                List.of(new CompFilter("VALARM", false, null, List.of(), List.of())));
        assertFalse(CalendarNode.answeredByStore(calendar(withAlarm), true));
        assertFalse(CalendarNode.answeredByStore(calendar(new CompFilter("VTODO", false, null, List.of(), List.of())), false),
                "no range: the store returned every object, the type must still be checked");
        assertFalse(CalendarNode.answeredByStore(calendar(new CompFilter("VEVENT", true, null, List.of(), List.of())), false));
    }
}
