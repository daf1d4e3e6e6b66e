package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapErrno;
import java.util.List;
import java.util.function.Function;

/** A command whose whole behaviour is one small function (version, ping, gettime …). */
record Simple(String name, boolean needsSession, WcapErrno failure, Function<WcapRequest, WcapCalendar> body)
        implements WcapCommand {

    @Override
    public List<WcapCalendar> run(WcapRequest request) {
        return List.of(body.apply(request));
    }
}
