package dev.parley.mta.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NotifierTest {

    @Test
    void remoteMtaFromTheRemoteDeliveryReply() {
        assertEquals("mx.example", Notifier.remoteMta("550 5.1.1 no such user (mx.example:25)"));
        assertEquals("127.0.0.1", Notifier.remoteMta("250 2.0.0 ok (127.0.0.1:2626)"));
        assertNull(Notifier.remoteMta("550 5.1.1 <x@example.test>: no such user"));
    }
}
