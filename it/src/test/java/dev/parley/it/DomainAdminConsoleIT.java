package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A domain administrator in the console sees only the domain of their own address and is refused,
 * clearly, on another domain's page.
 */
class DomainAdminConsoleIT {

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String own = "it-" + run + "-own.test";
    private final String other = "it-" + run + "-other.test";
    private final String password = "Pw-" + UUID.randomUUID();
    private Browser browser;

    @BeforeEach
    void setUp() {
        String admin = Http.token("parley-admin", Suite.adminPassword());
        for (String domain : List.of(own, other)) {
            assertEquals(201, Http.post(admin, "/api/domains", Json.createObjectBuilder().add("name", domain).build()).status());
        }
        Http.Response postmaster = Http.post(admin, "/api/domains/" + own + "/accounts", Json.createObjectBuilder()
                .add("localPart", "postmaster").add("displayName", "Own Postmaster").add("password", password)
                .add("roles", Json.createArrayBuilder().add("user").add("domain-admin")).build());
        assertEquals(201, postmaster.status(), postmaster::toString);
        assertEquals(201, Http.post(admin, "/api/domains/" + other + "/accounts", Json.createObjectBuilder()
                .add("localPart", "secret").add("displayName", "Not Yours").build()).status());
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.screenshot("DomainAdminConsoleIT");
        browser.close();
        String admin = Http.token("parley-admin", Suite.adminPassword());
        Http.delete(admin, "/api/domains/" + own + "/accounts/postmaster");
        Http.delete(admin, "/api/domains/" + other + "/accounts/secret");
        Http.delete(admin, "/api/domains/" + own);
        Http.delete(admin, "/api/domains/" + other);
    }

    @Test
    void domainAdminSeesOnlyOwnDomainAndIsRefusedElsewhere() {
        browser.open("/admin/");
        browser.keycloakLogin("postmaster@" + own, password);
        WebElement table = browser.find(By.id("domainsForm:domains"));
        browser.find(By.linkText(own));
        assertTrue(table.findElements(By.linkText(other)).isEmpty(), "another domain is not listed");
        assertTrue(table.findElements(By.linkText(Suite.DEMO_DOMAIN)).isEmpty(), "the demo domain is not listed");
        assertTrue(browser.driver().findElements(By.id("domainsForm:newDomain")).isEmpty(), "no domain creation");

        browser.open("/admin/domain.xhtml?name=" + other);
        String refusal = browser.until(d -> {
            String text = d.findElement(By.id("refusal")).getText();
            return text.isBlank() ? null : text;
        }, "a refusal message");
        assertTrue(refusal.contains("may not manage domain " + other), refusal);
        assertTrue(browser.driver().findElements(By.id("accountsForm:accounts")).isEmpty(), "no accounts shown");
        assertTrue(!browser.pageSource().contains("secret@" + other), "nothing of the other domain leaks");
    }
}
