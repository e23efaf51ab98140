package org.marketgov.persistence.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a personal text field encrypted (DS-1); the entity sees plain text. */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return FieldCipher.shared().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return FieldCipher.shared().decrypt(stored);
    }
}
