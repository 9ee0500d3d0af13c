package com.milestonerecovery.portal.base.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** JPA converter for free-text clinical fields: encrypted in the column, plain text in the entity. */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    public EncryptedText(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher.decrypt(column);
    }
}
