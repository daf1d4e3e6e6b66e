package dev.parley.calendar.wcap;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calendar id {@code userid[@domain][:calendar-name]} (ADM63 acaje, SUN63 fxywp): {@code jdoe} is
 * jdoe's default calendar, {@code jdoe@sesta.com:baseball} another of his calendars. Case-sensitive; the
 * allowed characters are {@code A-Z a-z 0-9 . _ - @ ' % / !} (and the one {@code :} separator).
 */
public record CalId(String user, String domain, String name) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9._\\-'%/!]+");

    public CalId {
        Objects.requireNonNull(user, "user");
        if (!PART.matcher(user).matches()) {
            throw new WcapException(WcapErrno.ILLEGAL_CALID_NAME, "bad user in calid: " + user);
        }
        if (domain != null && !PART.matcher(domain).matches()) {
            throw new WcapException(WcapErrno.ILLEGAL_CALID_NAME, "bad domain in calid: " + domain);
        }
        if (name != null && !PART.matcher(name).matches()) {
            throw new WcapException(WcapErrno.ILLEGAL_CALID_NAME, "bad calendar name in calid: " + name);
        }
    }

    public static CalId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new WcapException(WcapErrno.CALID_NOT_SPECIFIED, "no calid");
        }
        String t = text.trim();
        String name = null;
        int colon = t.indexOf(':');
        if (colon >= 0) {
            name = t.substring(colon + 1);
            t = t.substring(0, colon);
            if (name.isEmpty()) {
                throw new WcapException(WcapErrno.ILLEGAL_CALID_NAME, "empty calendar name in calid: " + text);
            }
        }
        String domain = null;
        int at = t.indexOf('@');
        if (at >= 0) {
            domain = t.substring(at + 1);
            t = t.substring(0, at);
            if (domain.isEmpty()) {
                throw new WcapException(WcapErrno.ILLEGAL_CALID_NAME, "empty domain in calid: " + text);
            }
        }
        if (t.isEmpty()) {
            throw new WcapException(WcapErrno.ILLEGAL_CALID_NAME, "empty user in calid: " + text);
        }
        return new CalId(t, domain, name);
    }

    /** The user's default calendar. */
    public static CalId defaultOf(String userid) {
        return parse(userid).owner();
    }

    /** The owner part {@code userid[@domain]} as a calid of the default calendar. */
    public CalId owner() {
        return new CalId(user, domain, null);
    }

    public String ownerId() {
        return domain == null ? user : user + "@" + domain;
    }

    public boolean isDefault() {
        return name == null;
    }

    /** {@code createcalendar} forms the new calid as {@code <userid>:<calid-param>} (SUN63 fxywa). */
    public CalId withName(String calendarName) {
        return new CalId(user, domain, calendarName);
    }

    @Override
    public String toString() {
        return name == null ? ownerId() : ownerId() + ":" + name;
    }
}
