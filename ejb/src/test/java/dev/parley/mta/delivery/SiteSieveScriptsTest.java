package dev.parley.mta.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.mail.sieve.Script;
import dev.parley.mail.sieve.Sieve;
import dev.parley.sieve.api.SieveScripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site-wide script runs before the user's (issue 4); a broken one is not run and mail keeps flowing. */
class SiteSieveScriptsTest {

    private final Sieve sieve = new Sieve();

    @TempDir
    Path dir;

    private static SieveScripts store(Optional<Script> site, Optional<Script> user) {
        return new SieveScripts() {
            @Override
            public Optional<Script> activeScript(long accountId) {
                return user;
            }

            @Override
            public Optional<Script> siteScript() {
                return site;
            }
        };
    }

    @Test
    void theMtaSiteScriptRunsFirstThenTheUsers() throws Exception {
        Path file = Files.writeString(dir.resolve("site.sieve"), "require \"fileinto\";\nif size :over 1M { fileinto \"Big\"; }\n");
        SiteSieveScripts mta = new SiteSieveScripts(sieve, Optional.of(file));
        Script storeSite = sieve.compile("keep;");
        Script user = sieve.compile("discard;");
        List<Script> scripts = new AccountSieveScripts(mta, store(Optional.of(storeSite), Optional.of(user)))
                .scriptsFor(1, "a@example.test");
        assertEquals(2, scripts.size(), "parley.mta.sieve.site-script replaces the store's site script");
        assertSame(mta.scriptsFor(1, "a@example.test").get(0), scripts.get(0));
        assertSame(user, scripts.get(1));
    }

    @Test
    void withoutTheMtaSiteScriptTheStoresRunsFirst() throws Exception {
        Script storeSite = sieve.compile("keep;");
        Script user = sieve.compile("discard;");
        List<Script> scripts = new AccountSieveScripts(new SiteSieveScripts(sieve, Optional.empty()),
                store(Optional.of(storeSite), Optional.of(user))).scriptsFor(1, "a@example.test");
        assertEquals(List.of(storeSite, user), scripts);
    }

    @Test
    void aSiteScriptThatDoesNotCompileOrIsMissingIsNotRun() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.sieve"), "fileinto \"x\";\n"); // no require
        assertTrue(new SiteSieveScripts(sieve, Optional.of(broken)).scriptsFor(1, "a@example.test").isEmpty());
        assertTrue(new SiteSieveScripts(sieve, Optional.of(dir.resolve("missing.sieve"))).scriptsFor(1, "a").isEmpty());
    }
}
