package dev.parley.mail.pop3;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** RFC 2449 §6.6 PIPELINING and TCP's freedom to split and join packets. */
class Pop3PipeliningTest {

    static final String MESSAGE = "Subject: x\r\n\r\n.hidden\r\nend\r\n";

    private static InMemoryPop3Backend backend() {
        return new InMemoryPop3Backend().user("alice", "secret").message("alice", MESSAGE).message("alice", MESSAGE);
    }

    private static final String EXPECTED = "+OK send PASS\r\n"
            + "+OK logged in, maildrop has 2 messages (" + 2 * MESSAGE.length() + " octets)\r\n"
            + "+OK 2 " + 2 * MESSAGE.length() + "\r\n"
            + "+OK " + MESSAGE.length() + " octets\r\nSubject: x\r\n\r\n..hidden\r\nend\r\n.\r\n"
            + "+OK message 1 deleted\r\n"
            + "+OK Parley POP3 server signing off (1 messages left)\r\n";

    private static final String COMMANDS = "USER alice\r\nPASS secret\r\nSTAT\r\nRETR 1\r\nDELE 1\r\nQUIT\r\n";

    @Test
    void allCommandsInOnePacketAreAnsweredInOrder() {
        InMemoryPop3Backend backend = backend();
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend);
        wire.read();
        wire.send(COMMANDS);
        assertEquals(EXPECTED, wire.read());
        assertEquals(1, backend.messages("alice").size());
        assertFalse(wire.channel.isOpen());
    }

    @Test
    void commandsSplitIntoSingleBytes() {
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend());
        wire.read();
        for (byte b : COMMANDS.getBytes(StandardCharsets.US_ASCII)) {
            wire.sendBytes(new byte[] {b});
        }
        assertEquals(EXPECTED, wire.read());
    }

    @Test
    void crAndLfInSeparatePacketsAndBareLf() {
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend());
        wire.read();
        wire.send("CA").send("PA\r").send("\nNOOP\n");
        String reply = wire.read();
        assertEquals(true, reply.startsWith("+OK capability list follows\r\n"));
        assertEquals(true, reply.endsWith(".\r\n-ERR command not valid in this state\r\n"));
    }

    @Test
    void nothingAfterQuitIsExecuted() {
        InMemoryPop3Backend backend = backend();
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend).login("alice", "secret");
        wire.send("QUIT\r\nDELE 2\r\n");
        assertEquals("+OK Parley POP3 server signing off (2 messages left)\r\n", wire.read());
        assertEquals(2, backend.messages("alice").size());
    }
}
