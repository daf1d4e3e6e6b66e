package dev.parley.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryException.Kind;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectoryRulesTest {

    private static final Caller ADMIN = new Caller("parley-admin", Set.of("admin"));
    private static final Caller BOSS = new Caller("boss@example.test", Set.of("domain-admin", "user"));

    /** Who may grant which roles; empty expected kind means allowed. */
    @ParameterizedTest(name = "{0} grants {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "admin|user|",
            "admin|user,domain-admin,admin|",
            "boss|user|",
            "boss|user,domain-admin|",
            "boss|admin|FORBIDDEN",
            "boss|user,admin|FORBIDDEN",
            "admin|root|INVALID",
            "boss|User|INVALID",
    })
    void checksRoleGrants(String who, String roles, Kind expected) {
        Caller caller = who.equals("admin") ? ADMIN : BOSS;
        Set<String> requested = Set.copyOf(Arrays.asList(roles.split(",")));
        if (expected == null) {
            assertEquals(requested, DirectoryRules.checkGrant(caller, requested));
        } else {
            DirectoryException e = assertThrows(DirectoryException.class, () -> DirectoryRules.checkGrant(caller, requested));
            assertEquals(expected, e.kind());
        }
    }

    @ParameterizedTest(name = "{0} modifies account with {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "admin|admin|true",
            "boss|admin|false",
            "boss|domain-admin|true",
            "boss|user|true",
    })
    void domainAdminsCannotTouchAdminAccounts(String who, String targetRole, boolean allowed) {
        Caller caller = who.equals("admin") ? ADMIN : BOSS;
        if (allowed) {
            DirectoryRules.checkMayModify(caller, Set.of(targetRole), "x@example.test");
        } else {
            assertEquals(Kind.FORBIDDEN, assertThrows(DirectoryException.class,
                    () -> DirectoryRules.checkMayModify(caller, Set.of(targetRole), "x@example.test")).kind());
        }
    }
}
