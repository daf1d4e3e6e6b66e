package dev.parley.sieve;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.backend.ScriptInfo;
import dev.parley.mail.sieve.Script;
import dev.parley.sieve.api.SieveScripts;
import dev.parley.sieve.api.SieveUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The Sieve script store: one short transaction per ManageSieve command, and the compiled scripts for
 * the MTA ({@link SieveScripts}). Every change drops the account's cached script after commit.
 */
@Stateless
@LocalBean
@Local(SieveScripts.class)
public class SieveScriptService implements SieveScripts {

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @EJB
    private SieveScriptCache cache;

    @Inject
    private Config config;

    private SieveSettings settings;

    @PostConstruct
    void init() {
        settings = SieveSettings.from(config);
    }

    public SieveSettings settings() {
        return settings;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Script> activeScript(long accountId) {
        return cache.active(accountId, () -> {
            try (Connection c = dataSource.getConnection()) {
                return new SieveScriptRepository(c).activeContent(accountId);
            } catch (SQLException e) {
                throw new SieveUnavailableException("cannot read the active script of account " + accountId, e);
            }
        });
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Script> siteScript() {
        return cache.site();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ScriptInfo> list(long account) throws ScriptException {
        try (Connection c = dataSource.getConnection()) {
            return new SieveScriptRepository(c).list(account);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> get(long account, String name) throws ScriptException {
        try (Connection c = dataSource.getConnection()) {
            return new SieveScriptRepository(c).content(account, name);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void checkSpace(long account, String name, long octets) throws ScriptException {
        try (Connection c = dataSource.getConnection()) {
            new SieveScriptRepository(c).checkSpace(account, name, octets, settings);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public void put(long account, String name, String content) throws ScriptException {
        try (Connection c = dataSource.getConnection()) {
            SieveScriptRepository scripts = new SieveScriptRepository(c);
            scripts.lock(account);
            scripts.checkSpace(account, name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, settings);
            scripts.put(account, name, content);
            invalidateAfterCommit(account);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public void setActive(long account, String name) throws ScriptException {
        try (Connection c = dataSource.getConnection()) {
            SieveScriptRepository scripts = new SieveScriptRepository(c);
            scripts.lock(account);
            scripts.setActive(account, name);
            invalidateAfterCommit(account);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public void delete(long account, String name) throws ScriptException {
        try (Connection c = dataSource.getConnection()) {
            SieveScriptRepository scripts = new SieveScriptRepository(c);
            scripts.lock(account);
            scripts.delete(account, name);
            invalidateAfterCommit(account);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public void rename(long account, String from, String to) throws ScriptException {
        try (Connection c = dataSource.getConnection()) {
            SieveScriptRepository scripts = new SieveScriptRepository(c);
            scripts.lock(account);
            scripts.rename(account, from, to);
            invalidateAfterCommit(account);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private void invalidateAfterCommit(long account) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.invalidate(account);
                }
            }
        });
    }

    private static ScriptException unavailable(SQLException e) {
        return new ScriptException(ScriptException.Kind.UNAVAILABLE, e.getMessage(), e);
    }
}
