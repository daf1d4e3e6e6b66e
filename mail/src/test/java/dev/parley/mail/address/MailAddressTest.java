package dev.parley.mail.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MailAddressTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "carol@example.org|carol|example.org",
            "Carol.Smith@Example.ORG|carol.smith|example.org",
            "x+y@mail.example.co.uk|x+y|mail.example.co.uk",
    })
    void parsesAndLowerCases(String input, String local, String domain) {
        MailAddress address = MailAddress.parse(input);
        assertEquals(local, address.localPart().value());
        assertEquals(domain, address.domain().value());
        assertEquals(local + "@" + domain, address.toString());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"carol", "@example.org", "carol@", "carol@localhost", "carol@@example.org",
            "carol@[192.0.2.1]", "\"a b\"@example.org", "carol@example.org>", "<carol@example.org>",
            "carol@example.org carol@example.org"})
    void rejectsMalformed(String input) {
        assertThrows(InvalidAddressException.class, () -> MailAddress.parse(input));
        assertFalse(MailAddress.isValid(input));
    }

    @Test
    void rejectsAddressesOverTheRfc5321PathLimit() {
        String local = "a".repeat(64);
        String domain189 = ("b".repeat(63) + ".").repeat(2) + "c".repeat(61);
        assertTrue(MailAddress.isValid(local + "@" + domain189));  // exactly 254 octets
        String longDomain = ("b".repeat(63) + ".").repeat(2) + "c".repeat(62); // one more
        InvalidAddressException e = assertThrows(InvalidAddressException.class,
                () -> MailAddress.of(local, longDomain));
        assertTrue(e.getMessage().contains("limit 254"), e.getMessage());
        assertTrue(e.getMessage().contains("255"), e.getMessage());
    }

    @Test
    void renamesWithinTheDomain() {
        MailAddress renamed = MailAddress.parse("carol@example.org").withLocalPart(LocalPart.of("caroline"));
        assertEquals("caroline@example.org", renamed.toString());
    }
}
