package dev.parley.mail.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DomainNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "example.org, example.org",
            "Example.ORG, example.org",
            "mail.example.org., mail.example.org",
            "a.b, a.b",
            "3com.com, 3com.com",           // RFC 1123 §2.1: labels may start with a digit
            "xn--bcher-kva.example, xn--bcher-kva.example", // RFC 5890 A-label in ASCII form
            "my-host.example.co.uk, my-host.example.co.uk",
            "a1.b2-c3.d4, a1.b2-c3.d4",
    })
    void acceptsAndLowerCases(String input, String expected) {
        assertEquals(expected, new DomainName(input).value());
        assertTrue(DomainName.isValid(input));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(null, "empty"),
                Arguments.of("", "empty"),
                Arguments.of("localhost", "two labels"),
                Arguments.of(".", "two labels"),
                Arguments.of("example..org", "empty label"),
                Arguments.of(".example.org", "empty label"),
                Arguments.of("-example.org", "hyphen"),
                Arguments.of("example-.org", "hyphen"),
                Arguments.of("exa_mple.org", "letters, digits, hyphens"),
                Arguments.of("exa mple.org", "letters, digits, hyphens"),
                Arguments.of("example.org\r\n", "letters, digits, hyphens"),
                Arguments.of("[192.0.2.1]", "letters, digits, hyphens"),
                Arguments.of("192.0.2.1", "all-numeric"),
                Arguments.of("bücher.example", "internationalised"),
                Arguments.of("a".repeat(64) + ".org", "label too long"),
                Arguments.of(("a".repeat(63) + ".").repeat(4) + "org", "too long: 259"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void rejectsMalformed(String input, String reason) {
        InvalidAddressException e = assertThrows(InvalidAddressException.class, () -> new DomainName(input));
        assertTrue(e.getMessage().contains(reason), () -> "message '" + e.getMessage() + "' should mention " + reason);
        assertFalse(DomainName.isValid(input));
    }

    @Test
    void acceptsLongestLabelAndName() {
        String label63 = "a".repeat(63);
        assertEquals(63, DomainName.of(label63 + ".org").value().indexOf('.'));
        String name253 = (label63 + ".").repeat(3) + "b".repeat(61);
        assertEquals(253, name253.length());
        assertEquals(name253, DomainName.of(name253).value());
    }

    @Test
    void knowsSubDomains() {
        assertTrue(DomainName.of("mail.example.org").isWithin(DomainName.of("example.org")));
        assertTrue(DomainName.of("example.org").isWithin(DomainName.of("example.org")));
        assertFalse(DomainName.of("badexample.org").isWithin(DomainName.of("example.org")));
    }
}
