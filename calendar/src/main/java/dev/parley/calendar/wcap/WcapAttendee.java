package dev.parley.calendar.wcap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One item of the {@code attendees} (or organizer) parameter of storeevents/storetodos:
 * {@code PARAM=value^PARAM=value^address}, e.g. {@code RSVP=TRUE^PARTSTAT=NEEDS-ACTION^ROLE=REQ-PARTICIPANT^CN=Bob^mailto:bob@x}
 * as Mozilla sends it (MOZ-I storeItem); a reply sends only {@code PARTSTAT=ACCEPTED^mailto:…}. An
 * address without a scheme is a calid.
 */
public record WcapAttendee(String address, Map<String, String> params) {

    public WcapAttendee {
        if (address == null || address.isBlank()) {
            throw new WcapException(WcapErrno.BAD_ARGUMENTS, "attendee without address");
        }
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static WcapAttendee parse(String item) {
        String[] parts = item.split("\\^");
        Map<String, String> params = new LinkedHashMap<>();
        String address = null;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int eq = p.indexOf('=');
            boolean last = i == parts.length - 1;
            if (!last && eq > 0) {
                params.put(p.substring(0, eq).toUpperCase(Locale.ROOT), p.substring(eq + 1));
            } else if (last) {
                address = p.trim();
            } else {
                throw new WcapException(WcapErrno.BAD_ARGUMENTS, "bad attendee parameter: " + p);
            }
        }
        return new WcapAttendee(address, params);
    }

    public static List<WcapAttendee> parseAll(List<String> items) {
        List<WcapAttendee> out = new ArrayList<>();
        for (String s : items) {
            if (!s.isBlank()) {
                out.add(parse(s));
            }
        }
        return out;
    }

    public boolean isEmail() {
        return address.regionMatches(true, 0, "mailto:", 0, 7);
    }

    /** The calendar user address: {@code mailto:} as given, a calid otherwise. */
    public String email() {
        return isEmail() ? address.substring(7) : null;
    }
}
