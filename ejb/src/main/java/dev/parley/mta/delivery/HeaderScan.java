package dev.parley.mta.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two facts loop detection needs from a message's header (RFC 5321 §6.3): how many {@code Received:}
 * fields it carries (hop count) and which {@code Delivered-To:} addresses it already went to. Reads at
 * most {@code limit} octets of the header block.
 */
public record HeaderScan(int received, List<String> deliveredTo) {

    public static HeaderScan of(InputStream in, int limit) throws IOException {
        byte[] head = in.readNBytes(limit);
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end >= 0) {
            text = text.substring(0, end + 2);
        }
        int received = 0;
        List<String> delivered = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("received:")) {
                received++;
            } else if (lower.startsWith("delivered-to:")) {
                delivered.add(lower.substring("delivered-to:".length()).trim());
            }
        }
        return new HeaderScan(received, delivered);
    }
}
