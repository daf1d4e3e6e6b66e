package dev.parley.web.ops;

import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: taken from {@code X-Request-Id} when it is sane, generated otherwise. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Servlet request attribute and MDC key holding the id of the current request. */
    public static final String ATTRIBUTE = "parley.requestId";
    public static final String MDC_KEY = "requestId";

    /** Accepted from clients as is: short and free of anything that could forge a log line. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    public static String acceptOrGenerate(String fromClient) {
        if (fromClient != null && SANE.matcher(fromClient).matches()) {
            return fromClient;
        }
        return UUID.randomUUID().toString();
    }
}
