package dev.parley.sieve;

import dev.parley.mail.sieve.Script;
import dev.parley.mail.sieve.Sieve;
import dev.parley.mail.sieve.SieveException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled scripts shared by every delivery: the site script (compiled once at start-up) and each
 * account's active script (compiled on first use, dropped after a committed change). A load that
 * raced with a change is not cached: every invalidation bumps a generation, and a loader only keeps
 * its result when the generation is unchanged. One JVM only — see ADR 0050 for several nodes.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SieveScriptCache {

    private static final Logger LOG = LoggerFactory.getLogger(SieveScriptCache.class);

    private final ConcurrentMap<Long, Optional<Script>> active = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Sieve sieve = new Sieve();
    private volatile Optional<Script> site = Optional.empty();

    @Inject
    private Config config;

    @PostConstruct
    void start() {
        site = loadSite(SieveSettings.from(config).siteScript());
    }

    Optional<Script> loadSite(Optional<String> path) {
        if (path.isEmpty()) {
            LOG.info("sieve: no site script (parley.sieve.site-script)");
            return Optional.empty();
        }
        try {
            Script script = sieve.compile(Files.readString(Path.of(path.get())));
            LOG.info("sieve: site script {}", path.get());
            return Optional.of(script);
        } catch (IOException e) {
            LOG.error("sieve: cannot read the site script {}: {}; running without it", path.get(), e.toString());
        } catch (SieveException e) {
            LOG.error("sieve: the site script {} does not compile: {}; running without it", path.get(), e.getMessage());
        }
        return Optional.empty();
    }

    public Optional<Script> site() {
        return site;
    }

    /** @param source the account's active script source, read from the database (may throw) */
    public Optional<Script> active(long accountId, Supplier<Optional<String>> source) {
        Optional<Script> cached = active.get(accountId);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        Optional<Script> compiled = source.get().flatMap(text -> compile(accountId, text));
        if (generation.get() == before) {
            active.putIfAbsent(accountId, compiled);
        }
        return compiled;
    }

    private Optional<Script> compile(long accountId, String text) {
        try {
            return Optional.of(sieve.compile(text));
        } catch (SieveException e) {
            // Validated at upload; this only happens when the interpreter changed. Keep, never lose mail.
            LOG.error("sieve: the active script of account {} no longer compiles ({}); delivering with keep",
                    accountId, e.getMessage());
            return Optional.empty();
        }
    }

    public void invalidate(long accountId) {
        generation.incrementAndGet();
        active.remove(accountId);
    }
}
