package dev.parley.mail.net;

import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;

import java.time.Duration;

/**
 * Idle time-out hook: put {@link #readerIdle(Duration)} early in the pipeline; the protocol
 * handler checks {@link #isTimeout(Object)} in {@code userEventTriggered} and says goodbye its own
 * way (IMAP {@code * BYE Autologout}; RFC 9051 §5.4 asks for at least 30 minutes).
 */
public final class IdleLimit {

    private IdleLimit() {
    }

    /** Fires a reader-idle event when nothing was read for {@code timeout}. */
    public static IdleStateHandler readerIdle(Duration timeout) {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return new IdleStateHandler(timeout.toMillis(), 0, 0, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** True for the event {@link #readerIdle(Duration)} fires. */
    public static boolean isTimeout(Object event) {
        return event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE;
    }
}
