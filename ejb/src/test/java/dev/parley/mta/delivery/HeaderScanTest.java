package dev.parley.mta.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderScanTest {

    private static HeaderScan scan(String message, int limit) throws Exception {
        return HeaderScan.of(new ByteArrayInputStream(message.getBytes(StandardCharsets.US_ASCII)), limit);
    }

    @Test
    void countsReceivedAndCollectsDeliveredToInTheHeaderOnly() throws Exception {
        HeaderScan s = scan("Delivered-To: Bob@Example.test\r\nReceived: from a\r\n\tby b; date\r\nRECEIVED: from c\r\n"
                + "Subject: x\r\n\r\nReceived: in the body\r\nDelivered-To: body@example.test\r\n", 10_000);
        assertEquals(2, s.received());
        assertEquals(List.of("bob@example.test"), s.deliveredTo());
    }

    @Test
    void readsNoFurtherThanTheLimit() throws Exception {
        HeaderScan s = scan("Received: 1\r\nReceived: 2\r\nReceived: 3\r\n\r\n", 14);
        assertEquals(1, s.received());
    }
}
