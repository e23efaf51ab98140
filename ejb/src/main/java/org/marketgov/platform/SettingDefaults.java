package org.marketgov.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** Writes missing setting defaults once the schema exists. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SettingDefaults {

    @EJB
    private SiteSettings settings;

    @PostConstruct
    void store() {
        settings.storeDefaults();
    }
}
