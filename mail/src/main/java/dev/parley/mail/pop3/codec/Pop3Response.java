package dev.parley.mail.pop3.codec;

import java.util.List;

/** Everything the engine writes except message bodies (which are a {@code MessageStream}). */
public sealed interface Pop3Response {

    /**
     * A status line (RFC 1939 §3): {@code +OK text} or {@code -ERR [CODE] text}.
     *
     * @param code only on {@code -ERR}; may be null
     */
    record Reply(boolean ok, ResponseCode code, String text) implements Pop3Response {
        public Reply {
            if (text == null || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("reply text must be one line");
            }
            if (ok && code != null) {
                throw new IllegalArgumentException("response codes go on -ERR only");
            }
        }

        public boolean isError() {
            return !ok;
        }
    }

    /** A status line followed by lines, byte-stuffed and terminated by {@code .CRLF} (RFC 1939 §3). */
    record MultiLine(Reply status, List<String> lines) implements Pop3Response {
        public MultiLine {
            if (!status.ok()) {
                throw new IllegalArgumentException("multi-line responses are positive");
            }
            lines = List.copyOf(lines);
            for (String line : lines) {
                if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("line contains CR or LF");
                }
            }
        }
    }

    /** A SASL challenge, {@code + base64} (RFC 5034 §4); empty for {@code "+ "}. */
    record Continuation(String base64) implements Pop3Response {
        public Continuation {
            if (base64 == null || base64.indexOf('\r') >= 0 || base64.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("challenge must be one line");
            }
        }
    }
}
