package org.marketgov.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SiteSettingsTest {

    @Test
    @DisplayName("PUB-1 settings keep the shape of their default: counts, amounts, zones")
    void validation() {
        assertEquals("45", SiteSettings.validated(SettingKey.FEE_GRACE_DAYS, " 45 "));
        assertEquals("120.50", SiteSettings.validated(SettingKey.MEMBERSHIP_FEE, "120.5"));
        assertEquals("Europe/Paris", SiteSettings.validated(SettingKey.SITE_ZONE, "Europe/Paris"));
        assertThrows(InvalidInput.class,
                () -> SiteSettings.validated(SettingKey.FEE_GRACE_DAYS, "-1"));
        assertThrows(InvalidInput.class,
                () -> SiteSettings.validated(SettingKey.MEMBERSHIP_FEE, "12.345"));
        assertThrows(InvalidInput.class,
                () -> SiteSettings.validated(SettingKey.SITE_ZONE, "Mars/Base"));
        assertThrows(InvalidInput.class,
                () -> SiteSettings.validated(SettingKey.LOGIN_MAX_FAILURES, "five"));
    }
}
