package dev.parley.calendar.wcap;

/**
 * The {@code mod} modifier for a recurrence id (SUN63 acbez/acbew): 1 this instance, 4 this and all
 * (the whole series). 2 and 3 (this-and-future, this-and-prior) are deprecated in 6.3 but still
 * accepted. {@code rchange=1} forces {@link #THISANDALL}.
 */
public enum Mod {
    THISINSTANCE(1), THISANDFUTURE(2), THISANDPRIOR(3), THISANDALL(4);

    private final int code;

    Mod(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Mod of(String value, WcapErrno errno) {
        if (value == null || value.isBlank()) {
            return THISANDALL;
        }
        try {
            int n = Integer.parseInt(value.trim());
            for (Mod m : values()) {
                if (m.code == n) {
                    return m;
                }
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new WcapException(errno, "bad mod: " + value);
    }
}
