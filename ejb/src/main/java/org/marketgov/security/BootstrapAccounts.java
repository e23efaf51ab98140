package org.marketgov.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.persistence.security.FieldCipher;
import org.marketgov.persistence.security.StaffAccount;
import org.marketgov.persistence.security.StaffRole;

/**
 * Creates the accounts {@code staff} and {@code auditor} on first start. Their password
 * is {@code MARKET_BOOTSTRAP_PASSWORD}; when that is unset a random one is generated
 * and written once to the server log, the only place it ever appears.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BootstrapAccounts {

    private static final Logger LOG = Logger.getLogger(BootstrapAccounts.class.getName());

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void createMissing() {
        if (FieldCipher.shared().usesDevelopmentKey()) {
            LOG.warning("personal fields are encrypted with the DEVELOPMENT key;"
                    + " set MARKET_FIELD_KEYS and MARKET_DIGEST_KEY in production");
        }
        String configured = System.getenv("MARKET_BOOTSTRAP_PASSWORD");
        boolean generate = configured == null || configured.isBlank();
        String password = generate ? generated() : configured;
        boolean created = createIfMissing("staff", StaffRole.STAFF, password)
                | createIfMissing("auditor", StaffRole.AUDITOR, password);
        if (created && generate) {
            LOG.log(Level.WARNING, "bootstrap accounts staff and auditor created with the generated"
                    + " password {0}; it is not shown again", password);
        }
    }

    private boolean createIfMissing(String username, StaffRole role, String password) {
        long existing = em.createQuery("select count(s) from StaffAccount s where s.username = :u",
                Long.class).setParameter("u", username).getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(new StaffAccount(username, PasswordHashing.hash(password), role,
                OffsetDateTime.now(clock)));
        LOG.log(Level.INFO, "bootstrap account {0} created", username);
        return true;
    }

    private static String generated() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
