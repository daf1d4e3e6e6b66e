package dev.parley.mta.queue;

import java.util.List;
import java.util.Objects;

/**
 * What one delivery attempt for one recipient came to.
 *
 * @param reply       the reply text in SMTP form ({@code 250 2.0.0 …}, {@code 451 4.3.0 …}); in the log and the row
 * @param deliveredTo the final address (after alias expansion), or null
 * @param children    new recipients this one expanded to (alias to several, group, Sieve redirect)
 */
public record Outcome(Kind kind, String reply, String deliveredTo, List<String> children) {

    public enum Kind { DELIVERED, DEFERRED, FAILED, EXPANDED, DISCARDED }

    public Outcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reply, "reply");
        children = List.copyOf(children);
    }

    public static Outcome delivered(String to, String reply) {
        return new Outcome(Kind.DELIVERED, reply, to, List.of());
    }

    public static Outcome deferred(String reply) {
        return new Outcome(Kind.DEFERRED, reply, null, List.of());
    }

    public static Outcome failed(String reply) {
        return new Outcome(Kind.FAILED, reply, null, List.of());
    }

    public static Outcome expanded(List<String> children) {
        return new Outcome(Kind.EXPANDED, "250 2.1.5 expanded to " + children.size() + " recipient(s)", null, children);
    }

    public static Outcome discarded(String reply) {
        return new Outcome(Kind.DISCARDED, reply, null, List.of());
    }

    /** Final: the recipient row is done (nothing more will be tried). */
    public boolean done() {
        return kind != Kind.DEFERRED;
    }
}
