package dev.parley.calendar.wcap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One calendar block of a response: a VCALENDAR in text/calendar, an {@code <iCal>} element in
 * text/xml. Calendar-level X-properties (X-NSCP-CALPROPS-*, X-NSCP-WCAP-SESSION-ID …), then the
 * components, then {@code X-NSCP-WCAP-ERRNO} (SUN63 auto42). Multi-calid commands give one block per
 * calid, each with its own errno (Mozilla relies on it for get_calprops and search_calprops).
 */
public record WcapCalendar(List<WcapProperty> properties, List<WcapComponent> components, WcapErrno errno) {

    public WcapCalendar {
        properties = List.copyOf(properties);
        components = List.copyOf(components);
        Objects.requireNonNull(errno, "errno");
    }

    public static WcapCalendar error(WcapErrno errno) {
        return new WcapCalendar(List.of(), List.of(), errno);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects properties and components; {@link #build(WcapErrno)} closes the block. */
    public static final class Builder {
        private final List<WcapProperty> properties = new ArrayList<>();
        private final List<WcapComponent> components = new ArrayList<>();

        public Builder add(WcapProperty p) {
            properties.add(p);
            return this;
        }

        public Builder add(String name, Object value) {
            return add(WcapProperty.of(name, value));
        }

        public Builder text(String name, String value) {
            return add(WcapProperty.text(name, value));
        }

        public Builder component(WcapComponent c) {
            components.add(c);
            return this;
        }

        public Builder components(List<WcapComponent> list) {
            components.addAll(list);
            return this;
        }

        public WcapCalendar build(WcapErrno errno) {
            return new WcapCalendar(properties, components, errno);
        }

        public WcapCalendar ok() {
            return build(WcapErrno.OK);
        }
    }
}
