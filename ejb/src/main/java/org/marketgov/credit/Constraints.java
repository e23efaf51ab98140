package org.marketgov.credit;

import java.sql.SQLException;

/** Recognises a unique or foreign key refusal from the database in an exception chain. */
final class Constraints {

    private static final String INTEGRITY_CLASS = "23";

    private Constraints() {
    }

    static boolean violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && s.getSQLState().startsWith(INTEGRITY_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
