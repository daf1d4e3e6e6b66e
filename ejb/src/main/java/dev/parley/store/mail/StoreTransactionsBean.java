package dev.parley.store.mail;

import dev.parley.store.mail.api.MailboxChanged;
import dev.parley.store.mail.api.StoreException;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One container-managed transaction per call (REQUIRED) on the JTA data source {@code jdbc/parley}.
 * {@link MailboxChanged} events are fired inside the transaction; observers declared with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} receive them only after the commit.
 * {@link StoreException} is an application exception with rollback.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class StoreTransactionsBean implements StoreTransactions {

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    @Inject
    private Event<MailboxChanged> events;

    @Inject
    @ConfigProperty(name = "parley.store.quota.messages", defaultValue = "0")
    private long messageLimit;

    @Inject
    @ConfigProperty(name = "parley.store.quota.warn-percent", defaultValue = "90")
    private int warnPercent;

    @Override
    public <T> T inTransaction(Function<StoreCore, T> work) {
        // the connection is enlisted in the container's transaction; closing it hands it back to
        // the pool, the commit happens when this method returns
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new StoreCore(connection, Clock.systemUTC(),
                    new StoreSettings(messageLimit, warnPercent), events::fire));
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "no database connection: " + e.getMessage(), e);
        }
    }
}
