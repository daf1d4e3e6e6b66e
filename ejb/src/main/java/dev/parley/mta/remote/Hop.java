package dev.parley.mta.remote;

/** One server to try for a destination domain, in order. */
public record Hop(String host, int port) {

    /** {@code host}, {@code host:port} or {@code [1.2.3.4]:port}; port 25 when none is given. */
    public static Hop parse(String s) {
        String v = s.strip();
        int port = 25;
        int colon = v.lastIndexOf(':');
        if (colon > 0 && v.indexOf(':') == colon || colon > 0 && v.startsWith("[") && v.charAt(colon - 1) == ']') {
            port = Integer.parseInt(v.substring(colon + 1));
            v = v.substring(0, colon);
        }
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        return new Hop(v, port);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
