package dev.parley.mail.pop3;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 1939 §10, the example session, byte for byte (USER/PASS instead of APOP, our reply texts). */
class Pop3TranscriptTest {

    /** A message of exactly {@code size} octets with CRLF line ends. */
    static String messageOf(int size, String subject) {
        StringBuilder m = new StringBuilder("Subject: " + subject + "\r\n\r\n");
        while (m.length() < size) {
            int room = size - m.length();
            m.append("x".repeat(Math.max(0, Math.min(60, room - 2)))).append(room >= 2 ? "\r\n" : "");
            if (room == 1) {
                m.setLength(m.length() - 2);
                m.append("xx\r\n");
            }
        }
        assertEquals(size, m.length(), "test message size");
        return m.toString();
    }

    @Test
    void exampleSessionOfRfc1939Section10() {
        String first = messageOf(120, "one");
        String second = messageOf(200, "two");
        InMemoryPop3Backend backend = new InMemoryPop3Backend().user("mrose", "tanstaaf")
                .message("mrose", first).message("mrose", second);
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend);

        assertEquals("+OK Parley POP3 server ready\r\n", wire.read());
        assertEquals("+OK send PASS\r\n", wire.command("USER mrose"));
        assertEquals("+OK logged in, maildrop has 2 messages (320 octets)\r\n", wire.command("PASS tanstaaf"));
        assertTrue(backend.isLocked("mrose"));
        assertEquals("+OK 2 320\r\n", wire.command("STAT"));
        assertEquals("+OK 2 messages (320 octets)\r\n1 120\r\n2 200\r\n.\r\n", wire.command("LIST"));
        assertEquals("+OK 120 octets\r\n" + first + ".\r\n", wire.command("RETR 1"));
        assertEquals("+OK message 1 deleted\r\n", wire.command("DELE 1"));
        assertEquals("+OK 200 octets\r\n" + second + ".\r\n", wire.command("RETR 2"));
        assertEquals("+OK message 2 deleted\r\n", wire.command("DELE 2"));
        assertEquals(2, backend.messages("mrose").size(), "nothing removed before QUIT");
        assertEquals("+OK Parley POP3 server signing off (0 messages left)\r\n", wire.command("QUIT"));

        assertFalse(wire.channel.isOpen());
        assertEquals(0, backend.messages("mrose").size());
        assertFalse(backend.isLocked("mrose"));
    }

    @Test
    void quitBeforeLoginSaysGoodbyeAndCloses() {
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, new InMemoryPop3Backend());
        wire.read();
        assertEquals("+OK Parley POP3 server signing off\r\n", wire.command("QUIT"));
        assertFalse(wire.channel.isOpen());
    }
}
