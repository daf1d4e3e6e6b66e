package dev.parley.mail.net;

import org.slf4j.MDC;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Short, unique-per-process session ids for protocol logs, put in the SLF4J MDC under
 * {@link #MDC_KEY} while a session's work runs (STYLE: a session id on every protocol log line).
 */
public final class SessionIds {

    public static final String MDC_KEY = "session";

    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final AtomicLong COUNTER = new AtomicLong(new SecureRandom().nextInt(1 << 20));

    private SessionIds() {
    }

    /** A new id such as {@code imap-1x3f9}. */
    public static String next(String protocol) {
        long n = COUNTER.incrementAndGet();
        StringBuilder sb = new StringBuilder();
        do {
            sb.append(ALPHABET[(int) (n % ALPHABET.length)]);
            n /= ALPHABET.length;
        } while (n > 0);
        return protocol + '-' + sb.reverse();
    }

    /** Sets the MDC entry until the returned scope is closed; restores what was there before. */
    public static Scope enter(String sessionId) {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, sessionId);
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    /** Try-with-resources scope of an MDC entry. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
