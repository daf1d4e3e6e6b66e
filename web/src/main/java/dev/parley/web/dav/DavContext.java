package dev.parley.web.dav;

import dev.parley.directory.api.Caller;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The authenticated caller of a DAV request and how to build hrefs. Hrefs are absolute paths
 * ({@code /dav/...}, RFC 4918 §8.3), each segment percent-encoded; collections end with a slash.
 */
public record DavContext(Caller caller, String root) {

    public static final String PRINCIPALS = "principals";

    public String user() {
        return caller.username();
    }

    /** {@code <root>/a/b/} for collections, {@code <root>/a/b} otherwise. */
    public String href(boolean collection, String... segments) {
        StringBuilder b = new StringBuilder(root);
        for (String s : segments) {
            b.append('/').append(encode(s));
        }
        if (collection) {
            b.append('/');
        }
        return b.toString();
    }

    /** The principal URL of a user (RFC 3744 §4.2). */
    public String principalHref(String user) {
        return href(true, PRINCIPALS, user);
    }

    /** Percent-encodes one path segment (RFC 3986 §3.3: pchar; {@code @} and {@code :} stay). */
    public static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** The decoded segments of a path below the root, e.g. from a Destination header or a multiget href. */
    public java.util.List<String> segments(String hrefOrUrl) {
        String path = hrefOrUrl;
        if (path.startsWith("http://") || path.startsWith("https://")) {
            path = URI.create(path).getRawPath();
        }
        if (!path.startsWith(root + "/") && !path.equals(root)) {
            return null;
        }
        return DavPath.split(path.substring(root.length()));
    }
}
