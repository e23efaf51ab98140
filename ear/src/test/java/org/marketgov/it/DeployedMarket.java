package org.marketgov.it;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any integration test of a run, points the test domain's {@code jdbc/market}
 * at the run's database and deploys the EAR there. A PostgreSQL run starts from an
 * empty {@code market} schema. Without a PostgreSQL server the PostgreSQL run is
 * skipped on a developer machine and fails in CI ({@code CI=true}).
 */
public class DeployedMarket implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(DeployedMarket.class.getName());
    static final String SKIP_REASON = "market.it.skip";
    static final String FAILURE = "market.it.failure";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String db = System.getProperty("market.db");
        if (db == null || System.getenv("PAYARA_SCRIPT") == null) {
            return;
        }
        boolean deploy = !"false".equals(System.getProperty("market.it.deploy"));
        if ("postgres".equals(db) && !postgresAnswers(deploy)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs PostgreSQL at " + postgresUrl());
            }
            LOG.warning("PostgreSQL is not reachable; the PostgreSQL run is skipped");
            System.setProperty(SKIP_REASON, "no PostgreSQL server at " + postgresUrl());
            return;
        }
        if (!deploy) {
            return;
        }
        try {
            deploy(db);
        } catch (IllegalStateException e) {
            // Reported by every test class through RequiresDeployment.
            System.setProperty(FAILURE, e.getMessage());
        }
    }

    static String postgresUrl() {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        String name = System.getenv().getOrDefault("PGDATABASE", "test");
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** Whether PostgreSQL answers; before a deployment it also empties the schema. */
    private static boolean postgresAnswers(boolean emptySchema) {
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        try (Connection c = DriverManager.getConnection(postgresUrl(), user, "");
                Statement s = c.createStatement()) {
            if (emptySchema) {
                s.execute("drop schema if exists market cascade");
                s.execute("create schema market");
            }
            return true;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "cannot prepare PostgreSQL: {0}", e.getMessage());
            return false;
        }
    }

    private static void deploy(String db) {
        ProcessBuilder pb = new ProcessBuilder("bash", System.getenv("PAYARA_SCRIPT"),
                "test-deploy", db).inheritIO();
        try {
            int exit = pb.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("deployment on " + db + " failed: exit " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the deployment script", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deploying", e);
        }
    }
}
