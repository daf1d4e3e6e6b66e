package dev.parley.mail.managesieve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 5804 §2 example exchanges, byte for byte where the RFC fixes the bytes. */
class ManageSieveTranscriptTest {

    private static final String SCRIPT = "require \"fileinto\";\r\nif header :contains \"subject\" \"x\" {\r\n  fileinto \"X\";\r\n}\r\n";

    @Test
    void greetingIsTheCapabilityResponse() {
        SieveWire wire = SieveWire.plain();
        String greeting = wire.read();
        assertTrue(greeting.startsWith("\"IMPLEMENTATION\" \"Parley\"\r\n\"SASL\" \"PLAIN OAUTHBEARER\"\r\n\"SIEVE\" \""), greeting);
        assertTrue(greeting.contains("fileinto"), greeting);
        assertTrue(greeting.contains("\"MAXREDIRECTS\" \"4\"\r\n"), greeting);
        assertTrue(greeting.endsWith("\"VERSION\" \"1.0\"\r\nOK\r\n"), greeting);
        assertFalse(greeting.contains("STARTTLS"), "no TLS context, no STARTTLS");
        assertFalse(greeting.contains("NOTIFY"), greeting);
    }

    @Test
    void putSetActiveListGetDeleteRename() {
        SieveWire wire = SieveWire.plain().login();
        int octets = SCRIPT.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertEquals("OK\r\n", wire.command("HAVESPACE \"myscript\" " + octets));
        assertEquals("OK\r\n", wire.send("PUTSCRIPT \"myscript\" {" + octets + "+}\r\n" + SCRIPT + "\r\n"));
        assertEquals("OK\r\n", wire.send("Putscript \"other\" \"keep;\"\r\n"));
        assertEquals("\"myscript\"\r\n\"other\"\r\nOK\r\n", wire.command("LISTSCRIPTS"));
        assertEquals("OK\r\n", wire.command("SETACTIVE \"myscript\""));
        assertEquals("\"myscript\" ACTIVE\r\n\"other\"\r\nOK\r\n", wire.command("LISTSCRIPTS"));
        assertEquals("{" + octets + "}\r\n" + SCRIPT + "\r\nOK\r\n", wire.command("GETSCRIPT \"myscript\""));
        assertEquals("NO (ACTIVE) \"You may not delete an active script\"\r\n", wire.command("DELETESCRIPT \"myscript\""));
        assertEquals("NO (NONEXISTENT) \"There is no script by that name\"\r\n", wire.command("GETSCRIPT \"nope\""));
        assertEquals("NO (NONEXISTENT) \"There is no script by that name\"\r\n", wire.command("SETACTIVE \"nope\""));
        assertEquals("NO (ALREADYEXISTS) \"A script by that name already exists\"\r\n",
                wire.command("RENAMESCRIPT \"myscript\" \"other\""));
        assertEquals("OK\r\n", wire.command("RENAMESCRIPT \"myscript\" \"renamed\""));
        assertEquals("\"other\"\r\n\"renamed\" ACTIVE\r\nOK\r\n", wire.command("LISTSCRIPTS"));
        assertEquals("OK\r\n", wire.command("SETACTIVE \"\""));
        assertEquals("OK\r\n", wire.command("DELETESCRIPT \"renamed\""));
        assertEquals("\"other\"\r\nOK\r\n", wire.command("LISTSCRIPTS"));
    }

    @Test
    void badScriptIsRefusedWithItsLineNumber() {
        SieveWire wire = SieveWire.plain().login();
        String bad = "keep;\r\nfileinto \"x\";\r\n";
        String r = wire.send("PUTSCRIPT \"bad\" {" + bad.length() + "+}\r\n" + bad + "\r\n");
        assertTrue(r.startsWith("NO \"line 2: "), r);
        assertEquals("OK\r\n", wire.command("LISTSCRIPTS"), "nothing stored");
        String check = wire.send("CHECKSCRIPT {" + bad.length() + "+}\r\n" + bad + "\r\n");
        assertTrue(check.startsWith("NO \"line 2: "), check);
        assertEquals("OK\r\n", wire.command("CHECKSCRIPT \"keep;\""));
    }

    @Test
    void quotaCodes() {
        SieveWire wire = SieveWire.plain().login();
        assertEquals("NO (QUOTA/MAXSIZE) \"Script too large: 5000 octets (limit 4096)\"\r\n", wire.command("HAVESPACE \"a\" 5000"));
        assertEquals("NO (QUOTA/MAXSIZE) \"Script too large: 2000 octets (limit 1000)\"\r\n", wire.command("HAVESPACE \"a\" 2000"));
        for (String n : new String[] {"a", "b", "c"}) {
            assertEquals("OK\r\n", wire.command("PUTSCRIPT \"" + n + "\" \"keep;\""));
        }
        assertTrue(wire.command("HAVESPACE \"d\" 10").startsWith("NO (QUOTA/MAXSCRIPTS)"));
        assertTrue(wire.command("PUTSCRIPT \"d\" \"keep;\"").startsWith("NO (QUOTA/MAXSCRIPTS)"));
        assertEquals("OK\r\n", wire.command("PUTSCRIPT \"a\" \"discard;\""), "replacing fits");
    }

    @Test
    void noopTagCapabilityUnauthenticateLogout() {
        SieveWire wire = SieveWire.plain().login();
        assertEquals("OK (TAG \"STARTTLS-SYNC-42\") \"Done\"\r\n", wire.command("NOOP \"STARTTLS-SYNC-42\""));
        assertEquals("OK \"Done\"\r\n", wire.command("NOOP"));
        String caps = wire.command("CAPABILITY");
        assertTrue(caps.contains("\"OWNER\" \"alice@example.test\"\r\n") && caps.contains("\"SASL\" \"\"\r\n"), caps);
        assertEquals("NO \"Already authenticated\"\r\n", wire.command("AUTHENTICATE \"PLAIN\""));
        assertEquals("OK \"Unauthenticated\"\r\n", wire.command("UNAUTHENTICATE"));
        assertEquals("NO \"Authenticate first\"\r\n", wire.command("LISTSCRIPTS"));
        assertEquals("OK \"Logout complete\"\r\n", wire.command("LOGOUT"));
        assertFalse(wire.channel.isActive());
    }

    @Test
    void storeFailureIsTryLater() {
        SieveWire wire = SieveWire.plain().login();
        wire.backend.down = true;
        assertEquals("NO (TRYLATER) \"Script storage unavailable, try again later\"\r\n", wire.command("LISTSCRIPTS"));
        assertTrue(wire.channel.isActive());
    }

    @Test
    void scriptNamesWithControlCharactersAreRefused() {
        SieveWire wire = SieveWire.plain().login();
        assertEquals("NO \"Script name contains a control character\"\r\n", wire.send("PUTSCRIPT {3+}\r\na\tb \"keep;\"\r\n"));
        assertEquals("NO \"Script name must not be empty\"\r\n", wire.command("PUTSCRIPT \"\" \"keep;\""));
        assertEquals("OK\r\n", wire.command("PUTSCRIPT \"ümlaut & co\" \"keep;\""));
        assertEquals("\"ümlaut & co\"\r\nOK\r\n", wire.command("LISTSCRIPTS"));
    }
}
