package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A command run once per calid of a {@code ;} list, giving one block per calid with its own errno
 * (wcap.md §1: Mozilla relies on one {@code <iCal>} per calendar for get_calprops).
 */
record Multi(String name, WcapErrno failure, BiFunction<WcapRequest, WcapRequest.Target, WcapCalendar> body)
        implements WcapCommand {

    @Override
    public List<WcapCalendar> run(WcapRequest request) {
        List<WcapCalendar> out = new ArrayList<>();
        for (WcapRequest.Target t : request.targets()) {
            try {
                out.add(body.apply(request, t));
            } catch (WcapException e) {
                out.add(WcapCalendar.builder().add(WcapProperty.of("X-NSCP-CALPROPS-RELATIVE-CALID", t.calid()))
                        .build(e.errno()));
            }
        }
        return out;
    }
}
