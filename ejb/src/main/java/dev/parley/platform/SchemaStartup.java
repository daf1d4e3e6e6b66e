package dev.parley.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database schema up to date when the application starts, then has Hibernate validate
 * its mappings against it (docs/adr/0002-migrations-at-startup.md). The persistence unit does no
 * schema work at deployment, so this is the first thing to touch the schema; startup singletons
 * finish before the container delivers any client request (Jakarta EJB 4.0 §4.8.1). Other startup
 * beans that need the schema declare {@code @DependsOn("SchemaStartup")}. A failure here fails the
 * deployment: better no service than one on a schema it does not understand.
 */
@Singleton(name = "SchemaStartup")
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits per migration itself
public class SchemaStartup {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaStartup.class);

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "parley")
    private EntityManagerFactory emf;

    @Inject
    @ConfigProperty(name = "parley.db.migrate", defaultValue = "true")
    private boolean migrate;

    @PostConstruct
    void start() {
        if (migrate) {
            new SchemaMigrator(dataSource, SchemaStartup.class.getClassLoader()).migrate();
        } else {
            LOG.info("parley.db.migrate=false: not migrating the database schema");
        }
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        LOG.info("Hibernate mappings validated against the database schema");
    }
}
