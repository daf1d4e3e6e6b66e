package dev.parley.store.mail;

import dev.parley.store.mail.api.MailboxChanged;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Plays the container for the integration tests: one JDBC transaction per call, rolled back on any
 * exception; events are delivered only after the commit, as AFTER_SUCCESS observers get them.
 */
public final class JdbcStoreTransactions implements StoreTransactions {

    private final DataSource dataSource;
    private final StoreSettings settings;
    private final List<MailboxChanged> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();

    public JdbcStoreTransactions(DataSource dataSource, StoreSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    public List<MailboxChanged> delivered() {
        return delivered;
    }

    @Override
    public <T> T inTransaction(Function<StoreCore, T> work) {
        List<MailboxChanged> pending = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new StoreCore(c, Clock.systemUTC(), settings, pending::add));
                c.commit();
                delivered.addAll(pending);
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
