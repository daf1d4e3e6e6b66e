package dev.parley.mail.imap.backend;

/** A message UID: RFC 9051 §2.3.1.1, a non-zero 32-bit unsigned number, strictly ascending in a mailbox. */
public record Uid(long value) implements Comparable<Uid> {

    public static final long MAX = 0xFFFF_FFFFL;

    public Uid {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("UID out of range: " + value);
        }
    }

    public static Uid of(long value) {
        return new Uid(value);
    }

    @Override
    public int compareTo(Uid other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
