package dev.parley.calendar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parley.calendar.freebusy.Busy;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;

class InstanceBusyTest {

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text.replace("\n", "\r\n")));
    }

    @Test
    void anOverrideMadeTentativeOrCancelledChangesOnlyItsInstance() throws Exception {
        Calendar cal = parse("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:weekly
                DTSTAMP:20250101T000000Z
                DTSTART:20250303T090000Z
                DTEND:20250303T100000Z
                RRULE:FREQ=DAILY;COUNT=3
                END:VEVENT
                BEGIN:VEVENT
                UID:weekly
                DTSTAMP:20250101T000000Z
                RECURRENCE-ID:20250304T090000Z
                DTSTART:20250304T090000Z
                DTEND:20250304T100000Z
                STATUS:TENTATIVE
                END:VEVENT
                BEGIN:VEVENT
                UID:weekly
                DTSTAMP:20250101T000000Z
                RECURRENCE-ID:20250305T090000Z
                DTSTART:20250305T090000Z
                DTEND:20250305T100000Z
                STATUS:CANCELLED
                END:VEVENT
                END:VCALENDAR
                """);
        List<Instances.Instance> all = Instances.expand(cal, Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
        InstanceBusy busy = InstanceBusy.of(cal);
        assertEquals(3, all.size());
        assertEquals(Busy.BUSY, busy.type(all.get(0)));
        assertEquals(Busy.TENTATIVE, busy.type(all.get(1)));
        assertNull(busy.type(all.get(2)));
    }

    @Test
    void transparentEventsAndTasksAreFree() throws Exception {
        Calendar cal = parse("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:free
                DTSTAMP:20250101T000000Z
                DTSTART:20250303T090000Z
                DTEND:20250303T100000Z
                TRANSP:TRANSPARENT
                END:VEVENT
                END:VCALENDAR
                """);
        List<Instances.Instance> all = Instances.expand(cal, Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
        assertNull(InstanceBusy.of(cal).type(all.get(0)));
        Calendar todo = parse("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VTODO
                UID:t
                DTSTAMP:20250101T000000Z
                DUE:20250303T090000Z
                END:VTODO
                END:VCALENDAR
                """);
        List<Instances.Instance> todos = Instances.expand(todo, Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
        assertNull(InstanceBusy.of(todo).type(todos.get(0)));
    }
}
