package dev.parley.mail.sieve;

/**
 * A script that cannot be compiled, with the position ManageSieve (RFC 5804 §1.3) reports to the
 * client: the message reads {@code line 3: fileinto requires "fileinto" in require}.
 */
public final class SieveException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String reason;

    public SieveException(int line, int column, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the position. */
    public String reason() {
        return reason;
    }
}
