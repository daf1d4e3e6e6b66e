package dev.parley.calendar.api;

import java.io.Serializable;

/** Another user's calendar granted to the caller, with the access they have (CalDAV sharing, WCAP list). */
public record SharedCalendar(CalendarInfo calendar, CalendarAccess access) implements Serializable {
}
