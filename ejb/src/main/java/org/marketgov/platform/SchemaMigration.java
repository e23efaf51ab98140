package org.marketgov.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway migrations before anything else
 * starts. On PostgreSQL the application lives in its own schema {@code market}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/market")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var config = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        if (isPostgres()) {
            config.schemas("market").createSchemas(true);
        }
        int applied = config.load().migrate().migrationsExecuted;
        LOG.log(java.util.logging.Level.INFO, "schema migrated, {0} migrations applied", applied);
    }

    private boolean isPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the market database", e);
        }
    }
}
