package org.marketgov.membership;

/**
 * MEM-2: identity documents. A person gives an ID number; a business gives its
 * license number, a special-trade license if it has one, its physical address and a
 * contact.
 */
public record VerificationForm(String idNumber, String licenseNumber, String specialLicense,
        String address, String contact) {
}
