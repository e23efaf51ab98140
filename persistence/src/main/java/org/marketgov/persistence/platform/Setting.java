package org.marketgov.persistence.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One site setting (a window, cap, amount or points value). Settings live in the
 * database so that every server instance enforces the same numbers and the public
 * rules pages show exactly what the code uses.
 */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    private String description;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Setting() {
    }

    public Setting(String key, String value, String description, OffsetDateTime at) {
        this.key = key;
        this.value = value;
        this.description = description;
        this.updatedAt = at;
    }

    public void change(String newValue, OffsetDateTime at) {
        this.value = newValue;
        this.updatedAt = at;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public String description() {
        return description;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
