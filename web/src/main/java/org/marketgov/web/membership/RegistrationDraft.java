package org.marketgov.web.membership;

import java.io.Serializable;
import org.marketgov.membership.RegistrationForm;
import org.marketgov.persistence.membership.MemberKind;

/**
 * What a visitor has typed into the registration page so far. It holds no rules:
 * the membership boundary checks the whole form and answers field by field (MEM-1).
 */
public class RegistrationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String password;
    private String email;
    private String phone;
    private MemberKind kind = MemberKind.PERSON;
    private String displayName;
    private boolean agreementAccepted;
    private boolean adult;
    private String companyName;
    private String licenseNumber;
    private String companyAddress;

    /** The form for the boundary: a person declares capacity, a business its company. */
    public RegistrationForm toForm() {
        boolean business = kind == MemberKind.BUSINESS;
        return new RegistrationForm(username, password, email, phone, kind, displayName,
                agreementAccepted, business ? null : adult,
                business ? new RegistrationForm.CompanyForm(companyName, licenseNumber,
                        companyAddress) : null);
    }

    public boolean isBusiness() {
        return kind == MemberKind.BUSINESS;
    }

    public void forgetPassword() {
        password = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean isAgreementAccepted() {
        return agreementAccepted;
    }

    public void setAgreementAccepted(boolean agreementAccepted) {
        this.agreementAccepted = agreementAccepted;
    }

    public boolean isAdult() {
        return adult;
    }

    public void setAdult(boolean adult) {
        this.adult = adult;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public void setLicenseNumber(String licenseNumber) {
        this.licenseNumber = licenseNumber;
    }

    public String getCompanyAddress() {
        return companyAddress;
    }

    public void setCompanyAddress(String companyAddress) {
        this.companyAddress = companyAddress;
    }
}
