package dev.parley.mta.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NotifierTest {

    @Test
    void remoteMtaFromTheRemoteDeliveryReply() {
        assertEquals("mx.example", Notifier.remoteMta("550 5.1.1 no such user (mx.example:25)"));
        assertEquals("127.0.0.1", Notifier.remoteMta("250 2.0.0 ok (127.0.0.1:2626)"));
        assertNull(Notifier.remoteMta("550 5.1.1 <x@example.test>: no such user"));
        assertEquals("mx.example", Notifier.remoteMta("250 2.0.0 ok (mx.example:25, DSN passed on)"));
    }

    @Test
    void aRelayToADsnCapableHopIsMarkedPassedOn() {
        // RFC 3461 §4.1: the next hop that took NOTIFY reports success itself; no "relayed" report from us
        assertTrue(Notifier.passedOn("250 2.0.0 ok (mx.example:25, DSN passed on)"));
        assertFalse(Notifier.passedOn("250 2.0.0 ok (mx.example:25)"));
        assertFalse(Notifier.passedOn("250 2.1.5 delivered to <a@example.test>"));
    }
}
