package dev.parley.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Caller scope (docs/api.md): admins everywhere, domain admins in their own domain only. */
class CallerScopeTest {

    @ParameterizedTest(name = "{0} [{1}] on {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "parley-admin|admin|example.test|true",
            "parley-admin|admin|anything.test|true",
            "boss@example.test|domain-admin|example.test|true",
            "boss@example.test|domain-admin|EXAMPLE.TEST|true",
            "Boss@Example.Test|domain-admin|example.test|true",
            "boss@example.test|domain-admin|other.test|false",
            "boss@example.test|domain-admin|sub.example.test|false",
            "boss@example.test|user|example.test|false",
            "helper|domain-admin|example.test|false",
            "boss@example.test|domain-admin||false",
    })
    void mayManage(String username, String role, String domain, boolean expected) {
        assertEquals(expected, new Caller(username, Set.of(role)).mayManage(domain));
    }

    @Test
    void scopeCheckComesFirstAndNormalisesTheName() {
        Caller boss = new Caller("boss@example.test", Set.of("domain-admin"));
        assertEquals("example.test", DirectoryRules.requireManage(boss, " Example.Test. "));
        DirectoryException e = assertThrows(DirectoryException.class, () -> DirectoryRules.requireManage(boss, "x..invalid"));
        assertEquals(DirectoryException.Kind.FORBIDDEN, e.kind());
    }

    @Test
    void rejectsCallersWithoutName() {
        assertThrows(IllegalArgumentException.class, () -> new Caller(" ", Set.of("admin")));
    }
}
