package dev.parley.mail.managesieve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Split packets, literals of both kinds, limits and garbage. */
class ManageSieveFramingTest {

    @Test
    void commandSplitAtEveryByteStillWorks() {
        SieveWire wire = SieveWire.plain().login();
        String command = "PUTSCRIPT \"s\" {6+}\r\nkeep;\n\r\n";
        StringBuilder out = new StringBuilder();
        for (char c : command.toCharArray()) {
            out.append(wire.send(String.valueOf(c)));
        }
        assertEquals("OK\r\n", out.toString());
        assertEquals("{6}\r\nkeep;\n\r\nOK\r\n", wire.command("GETSCRIPT \"s\""));
    }

    @Test
    void pipelinedCommandsInOnePacketAnswerInOrder() {
        SieveWire wire = SieveWire.plain().login();
        assertEquals("OK\r\nOK\r\n\"a\" ACTIVE\r\nOK\r\n",
                wire.send("PUTSCRIPT \"a\" {5+}\r\nkeep;\r\nSETACTIVE \"a\"\r\nLISTSCRIPTS\r\n"));
    }

    @Test
    void synchronizingLiteralGetsAContinuation() {
        SieveWire wire = SieveWire.plain().login();
        assertEquals("+ \"Ready for literal data\"\r\n", wire.send("PUTSCRIPT \"s\" {5}\r\n"));
        assertEquals("OK\r\n", wire.send("keep;\r\n"));
    }

    @Test
    void literalInTheMiddleAndQuotedEscapes() {
        SieveWire wire = SieveWire.plain().login();
        assertEquals("OK\r\n", wire.send("PUTSCRIPT {4+}\r\nq\"\\x \"keep;\"\r\n"));
        assertEquals("\"q\\\"\\\\x\"\r\nOK\r\n", wire.command("LISTSCRIPTS"));
        assertEquals("OK\r\n", wire.command("RENAMESCRIPT \"q\\\"\\\\x\" \"plain\""));
    }

    @Test
    void oversizedLiteralIsSkippedAndAnsweredMaxSize() {
        SieveWire wire = SieveWire.plain().login();
        String big = "#".repeat(5000) + "\r\n";
        String r = wire.send("PUTSCRIPT \"big\" {" + big.length() + "+}\r\n" + big + "\r\n");
        assertEquals("NO (QUOTA/MAXSIZE) \"literal too large: 5002 octets (limit 4096)\"\r\n", r);
        assertEquals("OK \"Done\"\r\n", wire.command("NOOP"), "the literal's octets were not read as commands");
        assertEquals("NO (QUOTA/MAXSIZE) \"literal too large: 4294967295 octets (limit 4096)\"\r\n",
                wire.send("PUTSCRIPT \"big\" {4294967295}\r\n"), "synchronizing: refused before the data");
    }

    @Test
    void overLongLineIsRefusedAndTheSessionGoesOn() {
        SieveWire wire = SieveWire.plain();
        wire.read();
        String r = wire.send("NOOP \"" + "x".repeat(20_000) + "\"\r\n");
        assertEquals("NO \"Syntax error: line too long: 20007 bytes (limit 8192)\"\r\n", r);
        assertEquals("NO \"Syntax error: quoted string too long (limit 1024 octets); use a literal\"\r\n",
                wire.command("NOOP \"" + "x".repeat(2000) + "\""));
        assertEquals("OK \"Done\"\r\n", wire.command("NOOP"));
    }

    @Test
    void garbageIsAnsweredAndRepeatedGarbageHangsUp() {
        SieveWire wire = SieveWire.plain();
        wire.read();
        assertEquals("NO \"Unknown command\"\r\n", wire.command("HELO example"));
        assertTrue(wire.command("\u0001\u0002\u00ff").startsWith("NO \"Syntax error: unexpected character"));
        assertEquals("NO \"Syntax error: unterminated quoted string\"\r\n", wire.command("NOOP \"abc"));
        assertEquals("NO \"Syntax error: a command starts with its name\"\r\n", wire.command("\"NOOP\""));
        assertEquals("NO \"Syntax error: HAVESPACE takes 2 arguments\"\r\n", wire.login().command("HAVESPACE \"a\""));
        assertEquals("NO \"Syntax error: HAVESPACE: argument 2 must be a number\"\r\n", wire.command("HAVESPACE \"a\" x1"));
        assertEquals("NO \"Syntax error: malformed literal\"\r\n", wire.command("PUTSCRIPT \"a\" {1x+}"));
        String last = "";
        for (int i = 0; i < 10 && wire.channel.isActive(); i++) {
            last = wire.command("BOGUS");
        }
        assertEquals("BYE \"Too many errors, closing connection\"\r\n", last);
        assertFalse(wire.channel.isActive());
    }

    @Test
    void invalidUtf8ScriptIsRefused() {
        SieveWire wire = SieveWire.plain().login();
        wire.channel.writeInbound(io.netty.buffer.Unpooled.wrappedBuffer(new byte[] {'C', 'H', 'E', 'C', 'K', 'S', 'C', 'R',
                'I', 'P', 'T', ' ', '{', '2', '+', '}', '\r', '\n', (byte) 0xc3, (byte) 0x28, '\r', '\n'}));
        assertEquals("NO \"Strings must be UTF-8\"\r\n", wire.read());
    }
}
