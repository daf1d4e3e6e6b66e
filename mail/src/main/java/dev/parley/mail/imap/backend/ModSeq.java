package dev.parley.mail.imap.backend;

/**
 * A modification sequence: RFC 7162 §3.1, a positive 63-bit number; 0 only in UNCHANGEDSINCE and
 * CHANGEDSINCE arguments ({@link #ZERO}).
 */
public record ModSeq(long value) implements Comparable<ModSeq> {

    public static final ModSeq ZERO = new ModSeq(0);

    public ModSeq {
        if (value < 0) {
            throw new IllegalArgumentException("mod-sequence out of range: " + value);
        }
    }

    public static ModSeq of(long value) {
        return new ModSeq(value);
    }

    public boolean isAfter(ModSeq other) {
        return value > other.value;
    }

    @Override
    public int compareTo(ModSeq other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
