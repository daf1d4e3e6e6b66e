package dev.parley.mail.pop3;

import dev.parley.mail.pop3.session.Pop3Config;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over-long lines, garbage and persistent mistakes (STYLE: bounded decoders that say what they rejected). */
class Pop3RobustnessTest {

    private static Pop3Wire wire(Pop3Config config) {
        Pop3Wire wire = new Pop3Wire(config, new InMemoryPop3Backend().user("alice", "secret"));
        wire.read();
        return wire;
    }

    @Test
    void commandLongerThanTheCommandLimitIsRejectedAndTheSessionGoesOn() {
        Pop3Wire wire = wire(Pop3Wire.PLAINTEXT);
        assertEquals("-ERR line too long: 1030 bytes (limit 1024)\r\n", wire.command("USER " + "a".repeat(1025)));
        assertEquals("+OK send PASS\r\n", wire.command("USER alice"));
    }

    @Test
    void lineLongerThanTheFramingLimitIsSkippedWithoutBuffering() {
        Pop3Wire wire = wire(Pop3Wire.PLAINTEXT.withLimits(2048, 512, 10, 3));
        wire.send("NOOP " + "x".repeat(1500));
        wire.send("x".repeat(1500));
        assertEquals("", wire.read(), "no reply before the line ends");
        wire.send("xx\r\nCAPA\r\n");
        String reply = wire.read();
        assertTrue(reply.startsWith("-ERR line too long: 3007 bytes (limit 2048)\r\n+OK capability list follows\r\n"), reply);
    }

    @Test
    void unknownCommandsAndGarbage() {
        Pop3Wire wire = wire(Pop3Wire.PLAINTEXT);
        assertEquals("-ERR unknown command\r\n", wire.command("HELO there"));
        assertEquals("-ERR unknown command\r\n", wire.command(""));
        assertEquals("-ERR unknown command\r\n", wire.command("APOP mrose c4c9334bac560ecc979e58001b3e22fb"));
        wire.sendBytes(new byte[] {0, (byte) 0xff, (byte) 0xfe, 0x1b, '\r', '\n'});
        assertEquals("-ERR unknown command\r\n", wire.read());
        assertEquals("+OK capability list follows", wire.command("CAPA").split("\r\n")[0]);
    }

    @Test
    void tooManyBadCommandsClose() {
        Pop3Wire wire = wire(Pop3Wire.PLAINTEXT.withLimits(16 * 1024, 1024, 3, 3));
        wire.command("FOO");
        wire.command("STAT");
        assertEquals("-ERR unknown command\r\n-ERR too many bad commands, closing connection\r\n", wire.command("BAR"));
        assertFalse(wire.channel.isOpen());
    }

    @Test
    void garbageFloodInOnePacketStopsAtTheLimit() {
        Pop3Wire wire = wire(Pop3Wire.PLAINTEXT.withLimits(16 * 1024, 1024, 3, 3));
        wire.send("a\r\n".repeat(50) + "USER alice\r\n");
        String reply = wire.read();
        assertEquals(3, reply.split("-ERR unknown command", -1).length - 1);
        assertTrue(reply.endsWith("-ERR too many bad commands, closing connection\r\n"));
        assertFalse(wire.channel.isOpen());
    }

    @Test
    void repliesAreAsciiLinesEvenForUtf8Input() {
        Pop3Wire wire = wire(Pop3Wire.PLAINTEXT);
        wire.sendBytes("USER jörg\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("+OK send PASS\r\n", wire.read());
    }
}
