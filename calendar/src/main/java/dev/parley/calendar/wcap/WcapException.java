package dev.parley.calendar.wcap;

import java.util.Objects;

/** A command failed with a WCAP errno; turned into a response carrying {@code X-NSCP-WCAP-ERRNO} in one place. */
public class WcapException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient WcapErrno errno;

    public WcapException(WcapErrno errno, String message) {
        super(message);
        this.errno = Objects.requireNonNull(errno);
    }

    public WcapErrno errno() {
        return errno;
    }
}
