package org.marketgov.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketgov.persistence.platform.Setting;

/**
 * Reads and changes site settings. Values are validated against the shape of their
 * default (a whole number, an amount or a time zone) so a typo cannot disable a rule.
 */
@Stateless
@PermitAll
public class SiteSettings {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RecentSettings recent;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** A setting as shown on the admin and rules pages. */
    public record Entry(String key, String value, String defaultValue, String description) {
    }

    public String text(SettingKey key) {
        return snapshot().text(key);
    }

    public int number(SettingKey key) {
        return Integer.parseInt(text(key));
    }

    public BigDecimal amount(SettingKey key) {
        return new BigDecimal(text(key));
    }

    public ZoneId zone() {
        return ZoneId.of(text(SettingKey.SITE_ZONE));
    }

    public List<Entry> all() {
        Snapshot now = snapshot();
        return Arrays.stream(SettingKey.values())
                .map(k -> new Entry(k.key(), now.text(k), k.defaultValue(), k.description()))
                .toList();
    }

    /**
     * Every setting, read in one query or taken from {@link RecentSettings} when it was
     * read a moment ago, for work that needs several of them at once.
     */
    public Snapshot snapshot() {
        return recent.get(this::read);
    }

    private Snapshot read() {
        // Plain values, not entities: a snapshot is read on hot paths and never changed.
        Map<String, String> values = new HashMap<>();
        em.createQuery("select s.key, s.value from Setting s", Object[].class)
                .getResultStream()
                .forEach(row -> values.put((String) row[0], (String) row[1]));
        return new Snapshot(Map.copyOf(values));
    }

    /** Settings as they were read together; a missing one reads as its default. */
    public record Snapshot(Map<String, String> values) {

        public String text(SettingKey key) {
            return values.getOrDefault(key.key(), key.defaultValue());
        }

        public int number(SettingKey key) {
            return Integer.parseInt(text(key));
        }

        public BigDecimal amount(SettingKey key) {
            return new BigDecimal(text(key));
        }

        public ZoneId zone() {
            return ZoneId.of(text(SettingKey.SITE_ZONE));
        }
    }

    /** Writes the defaults of settings not yet in the database. */
    public void storeDefaults() {
        for (SettingKey k : SettingKey.values()) {
            if (em.find(Setting.class, k.key()) == null) {
                em.persist(new Setting(k.key(), k.defaultValue(), k.description(), now()));
            }
        }
    }

    /** Changes one setting after checking the value has the right shape; answers the old value. */
    public String change(SettingKey key, String value) {
        String normalized = validated(key, value);
        Setting s = em.find(Setting.class, key.key());
        String old = s.value();
        s.change(normalized, now());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                recent.forget();
            }
        });
        recent.forget();
        return old;
    }

    static String validated(SettingKey key, String value) {
        String v = value == null ? "" : value.trim();
        String shape = key.defaultValue();
        try {
            if (key == SettingKey.SITE_ZONE) {
                return ZoneId.of(v).getId();
            }
            if (shape.contains(".")) {
                BigDecimal amount = new BigDecimal(v);
                if (amount.signum() < 0) {
                    throw InvalidInput.of("value", "an amount may not be negative");
                }
                return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
            }
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw InvalidInput.of("value", "a count may not be negative");
            }
            return Integer.toString(n);
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            throw InvalidInput.of("value", "'" + v + "' is not a valid value for " + key.key());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
