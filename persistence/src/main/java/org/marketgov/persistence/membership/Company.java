package org.marketgov.persistence.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.marketgov.persistence.security.EncryptedText;

/**
 * MEM-1, MEM-2: what a business member discloses about itself. The license number,
 * address and contact are personal fields and stored encrypted (DS-1).
 */
@Embeddable
public class Company {

    @Column(name = "company_name")
    private String name;

    @Convert(converter = EncryptedText.class)
    @Column(name = "license_number")
    private String licenseNumber;

    @Convert(converter = EncryptedText.class)
    @Column(name = "company_address")
    private String address;

    @Convert(converter = EncryptedText.class)
    @Column(name = "company_contact")
    private String contact;

    protected Company() {
    }

    public Company(String name, String licenseNumber, String address, String contact) {
        this.name = name;
        this.licenseNumber = licenseNumber;
        this.address = address;
        this.contact = contact;
    }

    public String name() {
        return name;
    }

    public String licenseNumber() {
        return licenseNumber;
    }

    public String address() {
        return address;
    }

    public String contact() {
        return contact;
    }
}
