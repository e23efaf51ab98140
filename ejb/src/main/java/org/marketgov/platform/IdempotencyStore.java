package org.marketgov.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.marketgov.persistence.platform.IdempotentResponse;

/**
 * Keeps the first response to each {@code Idempotency-Key}. Both calls join the
 * caller's transaction, so the stored response commits or rolls back together with
 * what the request created. The unique key makes a concurrent duplicate fail.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdempotencyStore {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A response given earlier for the same caller and key. */
    public record Stored(String requestHash, int status, String body) {
    }

    public Optional<Stored> find(String caller, String key) {
        return em.createQuery("select r from IdempotentResponse r where r.caller = :c and r.key = :k",
                        IdempotentResponse.class)
                .setParameter("c", caller)
                .setParameter("k", key)
                .getResultStream()
                .findFirst()
                .map(r -> new Stored(r.requestHash(), r.status(), r.body()));
    }

    public void remember(String caller, String key, String requestHash, int status, String body) {
        em.persist(new IdempotentResponse(caller, key, requestHash, status, body,
                OffsetDateTime.now(clock)));
        em.flush();
    }
}
