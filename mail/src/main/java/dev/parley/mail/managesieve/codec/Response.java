package dev.parley.mail.managesieve.codec;

import java.nio.charset.StandardCharsets;

/**
 * One status line (RFC 5804 §4 {@code response-ok / response-nobye}):
 * {@code OK|NO|BYE [SP "(" code [SP string] ")"] [SP string] CRLF}.
 *
 * @param codeArgument the code's string argument (SASL data, TAG), or null
 * @param text         human-readable text, or null
 */
public record Response(Status status, ResponseCode code, String codeArgument, String text) {

    public enum Status { OK, NO, BYE }

    public static Response ok(String text) {
        return new Response(Status.OK, null, null, text);
    }

    public static Response no(String text) {
        return new Response(Status.NO, null, null, text);
    }

    public static Response no(ResponseCode code, String text) {
        return new Response(Status.NO, code, null, text);
    }

    public static Response bye(String text) {
        return new Response(Status.BYE, null, null, text);
    }

    public Response withText(String newText) {
        return new Response(status, code, codeArgument, newText);
    }

    public String encode() {
        StringBuilder sb = new StringBuilder(status.name());
        if (code != null) {
            sb.append(" (").append(code.wire());
            if (codeArgument != null) {
                sb.append(' ').append(string(codeArgument));
            }
            sb.append(')');
        }
        if (text != null) {
            sb.append(' ').append(string(text));
        }
        return sb.append("\r\n").toString();
    }

    /**
     * RFC 5804 §4 string: quoted when it fits ({@code "} and {@code \} escaped, no CR/LF/NUL,
     * at most 1024 octets), otherwise a server literal {@code {n}CRLF octets}.
     */
    public static String string(String value) {
        byte[] octets = value.getBytes(StandardCharsets.UTF_8);
        boolean quotable = octets.length <= 1024 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\0') < 0;
        if (!quotable) {
            return "{" + octets.length + "}\r\n" + value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Always a literal: script contents (GETSCRIPT, RFC 5804 §2.9). */
    public static String literal(String value) {
        return "{" + value.getBytes(StandardCharsets.UTF_8).length + "}\r\n" + value;
    }
}
