package dev.parley.web.api.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.directory.api.AccountChange;
import dev.parley.directory.api.AccountView;
import dev.parley.directory.api.AliasView;
import dev.parley.directory.api.AuditEntryView;
import dev.parley.directory.api.DomainView;
import dev.parley.directory.api.GroupView;
import dev.parley.directory.api.NewAccount;
import dev.parley.web.api.json.JsonbProvider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void domainHasTheContractMembers() {
        JsonObject json = json(DomainMapping.toDto(new DomainView("example.org", List.of("example.net"), "active", 3, AT)));
        assertEquals(Set.of("name", "aliases", "status", "accountCount", "createdAt"), json.keySet());
        assertEquals("example.net", json.getJsonArray("aliases").getString(0));
        assertEquals(3, json.getInt("accountCount"));
        assertEquals("2026-01-02T03:04:05Z", json.getString("createdAt"));
    }

    @Test
    void accountHasTheContractMembersWithSortedRolesAndNulls() {
        AccountView view = new AccountView("carol@example.org", "carol", "example.org", null, "active", 0,
                "default", Set.of("user", "admin", "domain-admin"), "kc-1", AT, false);
        JsonObject json = json(AccountMapping.toDto(view));
        assertEquals(Set.of("address", "localPart", "domain", "displayName", "status", "quotaBytes", "classOfService",
                "roles", "keycloakId", "createdAt", "hiddenInDirectory"), json.keySet());
        assertTrue(json.isNull("displayName"), "null members are written");
        assertEquals(List.of("admin", "domain-admin", "user"), json.getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString));
    }

    @Test
    void newAccountDefaultsToUserRole() {
        NewAccount account = AccountMapping.toNew(new NewAccountRequest("carol", "Carol", "pw", 5L, "default", null));
        assertEquals(Set.of("user"), account.roles());
        assertEquals(5L, account.quotaBytes());
    }

    @Test
    void accountUpdateKeepsAbsentMembersNull() {
        AccountChange change = AccountMapping.toChange(new AccountUpdateRequest(null, null, null, null, null, "locked", null, null));
        assertEquals("locked", change.status());
        assertNull(change.roles());
        assertNull(change.hiddenInDirectory());
        assertEquals(Boolean.TRUE, AccountMapping.toChange(new AccountUpdateRequest(null, null, null, null, null, null, null, true))
                .hiddenInDirectory());
        assertNull(change.password());
    }

    @Test
    void passwordsStayOutOfToString() {
        assertFalse(new NewAccountRequest("carol", "Carol", "s3cret", 0L, "default", List.of()).toString().contains("s3cret"));
        assertFalse(new AccountUpdateRequest(null, null, "s3cret", null, null, null, null, null).toString().contains("s3cret"));
    }

    @Test
    void aliasGroupAndAuditShapes() {
        assertEquals(Set.of("address", "target", "catchAll"),
                json(AliasMapping.toDto(new AliasView("@example.org", "carol@example.org", true))).keySet());
        JsonObject group = json(GroupMapping.toDto(new GroupView("team@example.org", "team", "Team", "members",
                List.of("a@b.c"), true)));
        assertEquals(Set.of("address", "localPart", "displayName", "postingPolicy", "members", "hiddenInDirectory"),
                group.keySet());
        assertTrue(group.getBoolean("hiddenInDirectory"));
        assertEquals(Set.of("at", "actor", "action", "target", "detail"),
                json(AuditMapping.toDto(new AuditEntryView(AT, "parley-admin", "domain.create", "example.org", null))).keySet());
        assertEquals(List.of("x@y.z"), GroupMapping.toNew(new NewGroupRequest("team", null, null, List.of("x@y.z"), null)).members());
    }

    @Test
    void groupDirectoryVisibilityDefaultsToListedAndStaysUnchangedWhenAbsent() {
        assertFalse(GroupMapping.toNew(new NewGroupRequest("team", null, null, null, null)).hiddenInDirectory());
        assertTrue(GroupMapping.toNew(new NewGroupRequest("team", null, null, null, true)).hiddenInDirectory());
        assertNull(GroupMapping.toChange(new GroupUpdateRequest("Team", null, null, null)).hiddenInDirectory());
        assertEquals(Boolean.FALSE, GroupMapping.toChange(new GroupUpdateRequest(null, null, null, false)).hiddenInDirectory());
    }

    private static JsonObject json(Object dto) {
        return Json.createReader(new StringReader(JsonbProvider.jsonb().toJson(dto))).readObject();
    }
}
