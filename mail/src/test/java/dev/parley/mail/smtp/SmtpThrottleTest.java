package dev.parley.mail.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Connection rate per address, delay on error replies (tarpit) and closing at the hard error limit. */
class SmtpThrottleTest {

    private static final String RELAY = "554 5.7.1 relay access denied\r\n";

    private static SmtpThrottle throttle(int perMinute, int soft, int hard, AtomicLong clock) {
        return new SmtpThrottle(perMinute, soft, hard, Duration.ofSeconds(1), Duration.ofSeconds(3), clock::get);
    }

    private static SmtpWire wire(SmtpThrottle throttle) {
        SmtpWire w = new SmtpWire(SmtpWire.mx(), new InMemorySmtpBackend(), null, false, throttle);
        w.channel.freezeTime();
        return w;
    }

    @Test
    void connectionsOverTheRatePerMinuteGet421AndAreClosed() {
        AtomicLong clock = new AtomicLong(1_000_000);
        SmtpThrottle t = throttle(2, 3, 20, clock);
        assertTrue(wire(t).read().startsWith("220 "));
        assertTrue(wire(t).read().startsWith("220 "));
        SmtpWire third = wire(t);
        assertEquals("421 4.7.0 too many connections from your address, try again later\r\n", third.read());
        assertFalse(third.channel.isOpen());
        clock.addAndGet(60_000);
        assertTrue(wire(t).read().startsWith("220 "), "a new minute, a new allowance");
    }

    @Test
    void errorRepliesPastTheSoftLimitAreHeldBackLongerEachTime() {
        SmtpWire w = wire(throttle(100, 2, 20, new AtomicLong())).ehlo();
        assertEquals("250 2.1.0 sender OK\r\n", w.command("MAIL FROM:<x@outside.example>"));
        assertEquals(RELAY, w.command("RCPT TO:<a@elsewhere.example>"));
        assertEquals(RELAY, w.command("RCPT TO:<b@elsewhere.example>"));
        // third error: one second
        assertEquals("", w.command("RCPT TO:<c@elsewhere.example>"), "held back");
        w.channel.advanceTimeBy(999, TimeUnit.MILLISECONDS);
        assertEquals("", w.read());
        w.channel.advanceTimeBy(1, TimeUnit.MILLISECONDS);
        assertEquals(RELAY, w.read());
        // fourth: two seconds; a good reply in between is not delayed
        assertEquals("250 2.1.5 recipient OK\r\n", w.command("RCPT TO:<u@example.org>"));
        assertEquals("", w.command("RCPT TO:<d@elsewhere.example>"));
        w.channel.advanceTimeBy(1, TimeUnit.SECONDS);
        assertEquals("", w.read());
        w.channel.advanceTimeBy(1, TimeUnit.SECONDS);
        assertEquals(RELAY, w.read());
        // capped at three seconds
        w.command("RCPT TO:<e@elsewhere.example>");
        w.channel.advanceTimeBy(3, TimeUnit.SECONDS);
        assertEquals(RELAY, w.read());
        assertEquals("", w.command("RCPT TO:<f@elsewhere.example>"));
        w.channel.advanceTimeBy(3, TimeUnit.SECONDS);
        assertEquals(RELAY, w.read());
    }

    @Test
    void commandsPipelinedBehindAHeldBackReplyWaitTheirTurn() {
        SmtpWire w = wire(throttle(100, 0, 20, new AtomicLong())).ehlo();
        w.send("MAIL FROM:<x@outside.example>\r\nRCPT TO:<a@elsewhere.example>\r\nRCPT TO:<u@example.org>\r\n");
        assertEquals("250 2.1.0 sender OK\r\n", w.read());
        w.channel.advanceTimeBy(1, TimeUnit.SECONDS);
        assertEquals(RELAY + "250 2.1.5 recipient OK\r\n", w.read(), "RFC 2920: replies stay in order");
    }

    @Test
    void theHardLimitClosesWith421AfterTheReply() {
        SmtpWire w = wire(throttle(100, 2, 3, new AtomicLong())).ehlo();
        w.command("MAIL FROM:<x@outside.example>");
        assertEquals(RELAY, w.command("RCPT TO:<a@elsewhere.example>"));
        assertEquals(RELAY, w.command("RCPT TO:<b@elsewhere.example>"));
        assertEquals("", w.command("RCPT TO:<c@elsewhere.example>"));
        w.channel.advanceTimeBy(1, TimeUnit.SECONDS);
        assertEquals(RELAY + "421 4.7.0 too many errors, closing\r\n", w.read());
        assertFalse(w.channel.isOpen());
    }
}
