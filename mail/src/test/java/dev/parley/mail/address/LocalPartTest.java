package dev.parley.mail.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LocalPartTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "carol|carol",
            "Carol.Smith|carol.smith",
            "first.middle.last|first.middle.last",
            "user+tag|user+tag",
            "o'neil|o'neil",
            "!#$%&'*+-/=?^_`{}~|!#$%&'*+-/=?^_`{}~", // RFC 5322 §3.2.3 atext specials
            "x|x",
            "0123|0123",
    })
    void acceptsDotStrings(String input, String expected) {
        assertEquals(expected, new LocalPart(input).value());
        assertTrue(LocalPart.isValid(input));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(null, "empty"),
                Arguments.of("", "empty"),
                Arguments.of(".carol", "dot"),
                Arguments.of("carol.", "dot"),
                Arguments.of("car..ol", "dot"),
                Arguments.of("\"carol smith\"", "not allowed: '\"'"),   // Quoted-string form refused
                Arguments.of("carol smith", "not allowed: ' '"),
                Arguments.of("carol@home", "not allowed: '@'"),
                Arguments.of("carol(comment)", "not allowed: '('"),
                Arguments.of("carol,bob", "not allowed: ','"),
                Arguments.of("carol\u0000", "\\x00"),
                Arguments.of("carol\r\n", "\\x0d"),
                Arguments.of("jörg", "ASCII"),
                Arguments.of("a".repeat(65), "too long: 65 octets (limit 64)"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void rejectsMalformed(String input, String reason) {
        InvalidAddressException e = assertThrows(InvalidAddressException.class, () -> new LocalPart(input));
        assertTrue(e.getMessage().contains(reason), () -> "message '" + e.getMessage() + "' should mention " + reason);
        assertFalse(LocalPart.isValid(input));
    }

    @org.junit.jupiter.api.Test
    void acceptsSixtyFourOctets() {
        assertEquals(64, LocalPart.of("a".repeat(64)).value().length());
    }
}
