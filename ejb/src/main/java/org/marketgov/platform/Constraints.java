package org.marketgov.platform;

import java.sql.SQLException;

/** Recognises a unique or foreign key refusal from the database in an exception chain. */
public final class Constraints {

    private static final String INTEGRITY_CLASS = "23";

    private Constraints() {
    }

    public static boolean violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && s.getSQLState().startsWith(INTEGRITY_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
