package org.marketgov.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;

/**
 * Runs code inside the server under a container role, so boundary tests can call EJBs
 * as STAFF or as a MEMBER without going through HTTP.
 */
final class Acting {

    private Acting() {
    }

    /** Calls in the STAFF role. */
    @Stateless
    @RunAs("STAFF")
    public static class AsStaff {

        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }

    /** Calls in the MEMBER role. */
    @Stateless
    @RunAs("MEMBER")
    public static class AsMember {

        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }

    /**
     * Calls as the member {@code arq-seller}: run-as principals are fixed per bean, so
     * the tests that need real members use these named ones.
     */
    @Stateless
    @RunAs("MEMBER")
    public static class AsSeller {

        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }

    /** Calls as the member {@code arq-buyer}, who buys from {@code arq-seller}. */
    @Stateless
    @RunAs("MEMBER")
    public static class AsBuyer {

        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }

    /** Calls as the member {@code arq-reader}, a stranger to the others' trades. */
    @Stateless
    @RunAs("MEMBER")
    public static class AsReader {

        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }
}
