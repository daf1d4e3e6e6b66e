package dev.parley.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.directory.api.DirectoryException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputsTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("name", (Supplier<?>) () -> Inputs.domain("name", "no_underscores.test")),
                Arguments.of("name", (Supplier<?>) () -> Inputs.domain("name", null)),
                Arguments.of("localPart", (Supplier<?>) () -> Inputs.localPart("localPart", "a b")),
                Arguments.of("target", (Supplier<?>) () -> Inputs.address("target", "carol")),
                Arguments.of("displayName", (Supplier<?>) () -> Inputs.displayName("x".repeat(257))),
                Arguments.of("displayName", (Supplier<?>) () -> Inputs.displayName("Carol\nBcc: x")),
                Arguments.of("password", (Supplier<?>) () -> Inputs.password("")),
                Arguments.of("password", (Supplier<?>) () -> Inputs.password("x".repeat(1025))),
                Arguments.of("quotaBytes", (Supplier<?>) () -> Inputs.quota(-1L, 0)),
                Arguments.of("classOfService", (Supplier<?>) () -> Inputs.classOfService("gold plated", "default")),
                Arguments.of("classOfService", (Supplier<?>) () -> Inputs.classOfService("", "default")),
                Arguments.of("status", (Supplier<?>) () -> Inputs.oneOf("status", "deleted", Set.of("active", "locked"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalid")
    void namesTheInvalidField(String field, Supplier<?> call) {
        DirectoryException e = assertThrows(DirectoryException.class, call::get);
        assertEquals(DirectoryException.Kind.INVALID, e.kind());
        assertEquals(field, e.field());
    }

    @Test
    void normalisesValidInput() {
        assertEquals("example.test", Inputs.domain("name", " Example.TEST ").value());
        assertEquals("carol@example.test", Inputs.address("target", "Carol@Example.Test").toString());
        assertEquals("Carol Smith", Inputs.displayName("  Carol Smith "));
        assertNull(Inputs.displayName("   "));
        assertEquals(0L, Inputs.quota(null, 0));
        assertEquals("gold", Inputs.classOfService("Gold", "default"));
        assertEquals("default", Inputs.classOfService(null, "default"));
        assertEquals("locked", Inputs.oneOf("status", "LOCKED", Set.of("active", "locked")));
    }
}
