package dev.parley.mail.pop3;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** TRANSACTION commands of RFC 1939 §5 and §7, one reply branch per test. */
class Pop3CommandsTest {

    static final String FIRST = "From: a@example.org\r\nSubject: hi\r\n\r\nline 1\r\nline 2\r\nline 3\r\n";
    static final String SECOND = "Subject: second\r\n\r\nbody\r\n";

    InMemoryPop3Backend backend;
    Pop3Wire wire;

    @BeforeEach
    void login() {
        backend = new InMemoryPop3Backend().user("alice", "secret").message("alice", FIRST).message("alice", SECOND);
        wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend).login("alice", "secret");
    }

    @Test
    void topSendsHeaderBlankLineAndRequestedBodyLines() {
        assertEquals("+OK top of message follows\r\nFrom: a@example.org\r\nSubject: hi\r\n\r\nline 1\r\nline 2\r\n.\r\n",
                wire.command("TOP 1 2"));
    }

    @Test
    void topZeroSendsOnlyTheHeader() {
        assertEquals("+OK top of message follows\r\nFrom: a@example.org\r\nSubject: hi\r\n\r\n.\r\n", wire.command("TOP 1 0"));
    }

    @Test
    void topBeyondTheBodySendsItAll() {
        assertEquals("+OK top of message follows\r\n" + FIRST + ".\r\n", wire.command("TOP 1 100"));
    }

    @Test
    void topNeedsTwoNumbers() {
        assertEquals("-ERR syntax error: TOP takes a message number and a line count\r\n", wire.command("TOP 1"));
        assertEquals("-ERR syntax error: line count expected\r\n", wire.command("TOP 1 -1"));
    }

    @Test
    void uidlListsStableIds() {
        assertEquals("+OK unique-id listing follows\r\n1 1700000000.1\r\n2 1700000000.2\r\n.\r\n", wire.command("UIDL"));
        assertEquals("+OK 2 1700000000.2\r\n", wire.command("UIDL 2"));
    }

    @Test
    void uidlIdsSurviveAcrossSessions() {
        wire.command("DELE 1");
        wire.command("QUIT");
        Pop3Wire next = new Pop3Wire(Pop3Wire.PLAINTEXT, backend).login("alice", "secret");
        assertEquals("+OK unique-id listing follows\r\n1 1700000000.2\r\n.\r\n", next.command("UIDL"));
    }

    @Test
    void listOfOneMessage() {
        assertEquals("+OK 2 " + SECOND.length() + "\r\n", wire.command("LIST 2"));
    }

    @Test
    void unknownMessageNumber() {
        assertEquals("-ERR no such message\r\n", wire.command("LIST 3"));
        assertEquals("-ERR no such message\r\n", wire.command("RETR 0"));
        assertEquals("-ERR syntax error: message number expected\r\n", wire.command("RETR x"));
    }

    @Test
    void deletedMessagesDisappearFromListingsButKeepTheirNumbers() {
        assertEquals("+OK message 1 deleted\r\n", wire.command("DELE 1"));
        assertEquals("-ERR message 1 already deleted\r\n", wire.command("DELE 1"));
        assertEquals("-ERR message 1 already deleted\r\n", wire.command("RETR 1"));
        assertEquals("+OK 1 " + SECOND.length() + "\r\n", wire.command("STAT"));
        assertEquals("+OK 1 messages (" + SECOND.length() + " octets)\r\n2 " + SECOND.length() + "\r\n.\r\n",
                wire.command("LIST"));
        assertEquals("+OK unique-id listing follows\r\n2 1700000000.2\r\n.\r\n", wire.command("UIDL"));
    }

    @Test
    void rsetUnmarksDeletions() {
        wire.command("DELE 1");
        wire.command("DELE 2");
        int total = FIRST.length() + SECOND.length();
        assertEquals("+OK maildrop has 2 messages (" + total + " octets)\r\n", wire.command("RSET"));
        assertEquals("+OK 2 " + total + "\r\n", wire.command("STAT"));
        wire.command("QUIT");
        assertEquals(2, backend.messages("alice").size());
    }

    @Test
    void noop() {
        assertEquals("+OK\r\n", wire.command("NOOP"));
        assertEquals("+OK\r\n", wire.command("noop"));
    }

    @Test
    void authorizationCommandsAreRefusedInTransaction() {
        assertEquals("-ERR command not valid in this state\r\n", wire.command("USER bob"));
        assertEquals("-ERR command not valid in this state\r\n", wire.command("STLS"));
    }

    @Test
    void transactionCommandsAreRefusedBeforeLogin() {
        Pop3Wire fresh = new Pop3Wire(Pop3Wire.PLAINTEXT, backend);
        fresh.read();
        assertEquals("-ERR command not valid in this state\r\n", fresh.command("STAT"));
        assertEquals("-ERR command not valid in this state\r\n", fresh.command("RETR 1"));
        assertEquals("-ERR send USER first\r\n", fresh.command("PASS secret"));
    }

    @Test
    void capaInTransactionDropsLoginCapabilities() {
        assertEquals("+OK capability list follows\r\nTOP\r\nUIDL\r\nPIPELINING\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n"
                + "IMPLEMENTATION Parley\r\n.\r\n", wire.command("CAPA"));
    }

    @Test
    void extraArgumentsAreSyntaxErrors() {
        assertEquals("-ERR syntax error: STAT takes no argument\r\n", wire.command("STAT 1"));
        assertEquals("-ERR syntax error: LIST takes at most one message number\r\n", wire.command("LIST 1 2"));
    }
}
