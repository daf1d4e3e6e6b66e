package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * The admin console in headless Chromium: log in through Keycloak, create an account, see it listed
 * (and in the REST API), log out, log in as the new account. Element ids: {@code web/README-ui.md}.
 */
class AdminConsoleIT {

    private final String localPart = "carol-" + UUID.randomUUID().toString().substring(0, 6);
    private final String address = localPart + "@" + Suite.DEMO_DOMAIN;
    private final String password = "Pw-" + UUID.randomUUID();
    private Browser browser;
    private String testName;

    @BeforeEach
    void start(TestInfo info) {
        testName = info.getDisplayName().replaceAll("\\W+", "");
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.screenshot(testName);
        browser.close();
        String admin = Http.token("parley-admin", Suite.adminPassword());
        Http.delete(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts/" + localPart);
    }

    @Test
    void adminCreatesAccountInConsoleAndTheNewUserLogsIn() {
        browser.open("/admin/");
        browser.keycloakLogin("admin@example.test", Suite.demoPassword());
        browser.find(By.id("domainsForm:domains"));
        assertEquals("admin@example.test", browser.find(By.id("userAddress")).getText());

        browser.click(By.linkText(Suite.DEMO_DOMAIN));
        browser.until(d -> d.findElement(By.id("pageTitle")).getText().equals(Suite.DEMO_DOMAIN));
        browser.click(By.id("accountsForm:newAccount"));
        browser.type(By.id("accountForm:localPart"), localPart);
        browser.type(By.id("accountForm:displayName"), "Carol Console");
        browser.type(By.id("accountForm:password"), password);
        browser.click(By.id("accountForm:save"));
        browser.find(accountRow(address));

        // The console and the API see one directory.
        String admin = Http.token("parley-admin", Suite.adminPassword());
        Http.Response viaApi = Http.get(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts/" + localPart);
        assertEquals(200, viaApi.status(), viaApi::toString);
        assertEquals("Carol Console", viaApi.json().getString("displayName"));

        browser.click(By.id("logout"));
        browser.find(By.id("username"));

        browser.keycloakLogin(address, password);
        assertTrue(browser.find(By.id("welcome")).getText().contains("Carol Console"), browser::pageSource);
        assertEquals(address, browser.find(By.id("userAddress")).getText());
        assertTrue(browser.driver().findElements(By.id("nav-admin")).isEmpty(), "a plain user sees no admin link");
    }

    @Test
    void accountCreatedThroughApiShowsInConsoleAndDuplicateIsRefusedThere() {
        String admin = Http.token("parley-admin", Suite.adminPassword());
        Http.Response created = Http.post(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts",
                Json.createObjectBuilder().add("localPart", localPart).add("displayName", "Carol Api")
                        .add("password", password).build());
        assertEquals(201, created.status(), created::toString);

        browser.open("/admin/domain.xhtml?name=" + Suite.DEMO_DOMAIN);
        browser.keycloakLogin("admin@example.test", Suite.demoPassword());
        browser.find(accountRow(address));

        browser.click(By.id("accountsForm:newAccount"));
        browser.type(By.id("accountForm:localPart"), localPart);
        browser.type(By.id("accountForm:displayName"), "Someone Else");
        browser.click(By.id("accountForm:save"));
        String message = browser.until(d -> {
            String text = d.findElement(By.id("accountForm:localPartMessage")).getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(message.toLowerCase().contains("use") || message.toLowerCase().contains("exists"), message);
        Http.Response unchanged = Http.get(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts/" + localPart);
        assertEquals("Carol Api", unchanged.json().getString("displayName"), "the refused form changed nothing");
    }

    @Test
    void logoutByLinkOrForgedRequestOnlyAsksAndThePostEndsTheSession() {
        browser.open("/");
        browser.keycloakLogin("alice@example.test", Suite.demoPassword());
        browser.find(By.id("welcome"));

        // A GET (what a link or another site's <img> would send) logs nobody out: it asks.
        browser.open("/logout");
        browser.until(d -> d.getPageSource().contains("Log out of Parley?"), "the confirmation page");
        browser.open("/");
        assertEquals("alice@example.test", browser.find(By.id("userAddress")).getText(), "still logged in");

        browser.click(By.id("logout"));
        browser.find(By.id("username"));
        browser.open("/");
        browser.find(By.id("username"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(Suite.KEYCLOAK), "the Keycloak session ended too");
    }

    /** The accounts table's row for {@code address} (PrimeFaces renders {@code data-rk} only for selectable tables). */
    private static By accountRow(String address) {
        return By.xpath("//*[@id='accountsForm:accounts']//tr[td[normalize-space()='" + address + "']]");
    }
}
