package dev.parley.mta.delivery;

import dev.parley.mail.sieve.Script;
import dev.parley.mail.sieve.Sieve;
import dev.parley.mail.sieve.SieveException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional site-wide script ({@code parley.mta.sieve.site-script}), compiled once at start. A script
 * that does not compile is logged and not run: mail keeps flowing (issue 4: a failing script never drops
 * mail).
 */
public final class SiteSieveScripts implements SieveScripts {

    private static final Logger LOG = LoggerFactory.getLogger(SiteSieveScripts.class);

    private final List<Script> scripts;

    public SiteSieveScripts(Sieve sieve, Optional<Path> path) {
        this.scripts = path.map(p -> load(sieve, p)).orElse(List.of());
    }

    private static List<Script> load(Sieve sieve, Path path) {
        try {
            Script script = sieve.compile(Files.readString(path, StandardCharsets.UTF_8));
            LOG.info("site Sieve script: {}", path);
            return List.of(script);
        } catch (IOException | SieveException e) {
            LOG.error("site Sieve script {} not used: {}", path, e.getMessage());
            return List.of();
        }
    }

    @Override
    public List<Script> scriptsFor(long accountId, String address) {
        return scripts;
    }
}
