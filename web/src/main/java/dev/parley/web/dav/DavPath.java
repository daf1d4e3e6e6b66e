package dev.parley.web.dav;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits a request path into decoded segments; {@code ..} and {@code .} are refused. */
public final class DavPath {
    private DavPath() {
    }

    public static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String raw : path.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String s = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (s.equals(".") || s.equals("..") || s.indexOf('/') >= 0) {
                throw DavException.badRequest("bad path segment");
            }
            out.add(s);
        }
        return out;
    }
}
