package org.marketgov.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.marketgov.persistence.platform.Setting;

/** Answers whether the application can serve: the schema is migrated and the database answers. */
@Stateless
@PermitAll
public class Readiness {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    public boolean isReady() {
        return em.find(Setting.class, SettingKey.SITE_ZONE.key()) != null;
    }
}
