package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapErrno;
import java.util.List;

/** One WCAP command ({@code <name>.wcap}); one class per command. */
public interface WcapCommand {

    String name();

    /** False only for version, login and ping. */
    default boolean needsSession() {
        return true;
    }

    /** The errno that stands for "this command failed". */
    WcapErrno failure();

    List<WcapCalendar> run(WcapRequest request);
}
