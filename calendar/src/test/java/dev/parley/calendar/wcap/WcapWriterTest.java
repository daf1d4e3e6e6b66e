package dev.parley.calendar.wcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;

class WcapWriterTest {

    @Test
    void loginResponseAsICalendar() {
        String out = WcapWriter.calendar(List.of(WcapCalendar.builder()
                .add("X-NSCP-WCAP-USER-ID", "jdoe")
                .add("X-NSCP-WCAP-CALENDAR-ID", "jdoe")
                .add("X-NSCP-WCAP-SESSION-ID", "s1")
                .add("X-NSCP-RECURRENCE-BOUND", 60).ok()));
        assertTrue(out.startsWith("BEGIN:VCALENDAR\r\n"), out);
        assertTrue(out.contains("\r\nX-NSCP-WCAP-SESSION-ID:s1\r\n"), out);
        assertTrue(out.endsWith("X-NSCP-WCAP-ERRNO:0\r\nEND:VCALENDAR\r\n"), out);
    }

    @Test
    void calendarOutputParsesWithIcal4jAndKeepsComponents() throws Exception {
        Calendar in = new CalendarBuilder().build(new StringReader("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
                + "BEGIN:VEVENT\r\nUID:ev1\r\nDTSTAMP:20070312T000000Z\r\nDTSTART:20070312T100000Z\r\n"
                + "SUMMARY:Lunch\\, with Bob\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:x\r\nEND:VALARM\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n"));
        WcapComponent ev = WcapComponent.from(in.getComponentList().getAll().get(0));
        assertEquals("Lunch, with Bob", ev.value("SUMMARY"));
        String out = WcapWriter.calendar(List.of(WcapCalendar.builder()
                .text("X-NSCP-CALPROPS-NAME", "Work; and play")
                .component(ev).ok()));
        assertTrue(out.contains("SUMMARY:Lunch\\, with Bob\r\n"), out);
        assertTrue(out.contains("X-NSCP-CALPROPS-NAME:Work\\; and play\r\n"), out);
        Calendar back = new CalendarBuilder().build(new StringReader(out));
        Component vevent = back.getComponentList().getAll().get(0);
        assertEquals("ev1", vevent.getProperty("UID").get().getValue());
        assertEquals(1, ((net.fortuna.ical4j.model.component.VEvent) vevent).getAlarms().size());
        assertEquals("0", back.getProperty("X-NSCP-WCAP-ERRNO").get().getValue());
    }

    @Test
    void longLinesAreFoldedAt75Octets() {
        StringBuilder sb = new StringBuilder();
        WcapWriter.line(sb, "X-NSCP-CALPROPS-DESCRIPTION:" + "é".repeat(80));
        for (String l : sb.toString().split("\r\n")) {
            assertTrue(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, l);
        }
        assertEquals("X-NSCP-CALPROPS-DESCRIPTION:" + "é".repeat(80), sb.toString().replace("\r\n ", "").trim());
    }

    /** wcap.md §1: one {@code <iCal>} per calid, each with its own errno. */
    @Test
    void xmlHasOneICalPerBlockWithItsErrno() {
        String out = WcapWriter.xml(List.of(
                WcapCalendar.builder().add("X-NSCP-CALPROPS-RELATIVE-CALID", "jdoe").text("X-NSCP-CALPROPS-NAME", "A & B").ok(),
                WcapCalendar.builder().add("X-NSCP-CALPROPS-RELATIVE-CALID", "nobody").build(WcapErrno.CALENDAR_DOES_NOT_EXIST)));
        assertTrue(out.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iCalendar>\n<iCal version=\"2.0\""), out);
        assertTrue(out.contains("<X-NSCP-CALPROPS-NAME>A &amp; B</X-NSCP-CALPROPS-NAME>"), out);
        assertTrue(out.contains("<X-NSCP-CALPROPS-RELATIVE-CALID>nobody</X-NSCP-CALPROPS-RELATIVE-CALID>\n"
                + "<X-NSCP-WCAP-ERRNO>29</X-NSCP-WCAP-ERRNO>\n</iCal>\n</iCalendar>"), out);
        assertEquals(2, out.split("<iCal ").length - 1);
    }

    /** wcap.md §6.6: free/busy XML is FB elements with FBTYPE. */
    @Test
    void freeBusyXmlUsesFbElements() {
        WcapComponent fb = WcapComponent.of("VFREEBUSY", List.of(
                WcapProperty.of("DTSTART", "20070312T000000Z"),
                new WcapProperty("FREEBUSY", java.util.Map.of("FBTYPE", "BUSY"),
                        "20070312T100000Z/20070312T110000Z,20070312T140000Z/20070312T150000Z", null)));
        String out = WcapWriter.xml(List.of(WcapCalendar.builder().component(fb).ok()));
        assertTrue(out.contains("<FREEBUSY>\n<DTSTART>20070312T000000Z</DTSTART>\n"
                + "<FB FBTYPE=\"BUSY\">20070312T100000Z/20070312T110000Z</FB>\n"
                + "<FB FBTYPE=\"BUSY\">20070312T140000Z/20070312T150000Z</FB>\n</FREEBUSY>"), out);
        String ical = WcapWriter.calendar(List.of(WcapCalendar.builder().component(fb).ok()));
        assertTrue(ical.contains("FREEBUSY;FBTYPE=BUSY:20070312T100000Z/20070312T110000Z,"), ical);
    }

    @Test
    void requestStatusIsRstatusInXml() {
        WcapComponent ev = WcapComponent.of("VEVENT", List.of(
                WcapProperty.of("UID", "ev1"), WcapProperty.of("REQUEST-STATUS", "2.0;Success.  Store successful.")));
        String out = WcapWriter.xml(List.of(WcapCalendar.builder().component(ev).ok()));
        assertTrue(out.contains("<EVENT>\n<UID>ev1</UID>\n<RSTATUS>2.0;Success.  Store successful.</RSTATUS>\n</EVENT>"), out);
    }

    @Test
    void logoutErrnoIsMinusOne() {
        assertTrue(WcapWriter.render(FmtOut.XML, List.of(WcapCalendar.error(WcapErrno.LOGOUT)))
                .contains("<X-NSCP-WCAP-ERRNO>-1</X-NSCP-WCAP-ERRNO>"));
    }

    @Test
    void parameterValuesWithColonsAreQuoted() {
        String out = WcapWriter.calendar(List.of(WcapCalendar.builder()
                .add(WcapProperty.of("X-NSCP-CALPROPS-RELATIVE-CALID", "jdoe").withParam("X-S1CS-EMAIL", "mailto:jdoe@x")).ok()));
        assertTrue(out.contains("X-NSCP-CALPROPS-RELATIVE-CALID;X-S1CS-EMAIL=\"mailto:jdoe@x\":jdoe\r\n"), out);
    }
}
