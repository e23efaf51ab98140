package org.marketgov.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.membership.VerificationForm;
import org.marketgov.persistence.membership.MemberKind;
import org.marketgov.persistence.membership.VerificationStatus;
import org.marketgov.web.platform.Notices;

/**
 * MEM-2: the member hands in identity documents for STAFF to check. A person gives
 * an ID number; a business gives its license, any special-trade license, its physical
 * address and a contact. Until verified, a member may buy within the trade limit but
 * may not sell.
 */
@Named
@ViewScoped
public class SubmitVerification implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("idNumber", "idNumber",
            "licenseNumber", "licenseNumber", "specialLicense", "specialLicense",
            "address", "address", "contact", "contact");

    @EJB
    private MembershipDesk desk;

    @Inject
    private Notices notices;

    private MemberKind kind;
    private VerificationStatus status;
    private String idNumber;
    private String licenseNumber;
    private String specialLicense;
    private String address;
    private String contact;

    @PostConstruct
    void load() {
        var profile = desk.myProfile();
        kind = profile.kind();
        status = profile.verification();
    }

    public void submit() {
        notices.attempt(() -> {
            desk.submitVerification(new VerificationForm(idNumber, licenseNumber,
                    specialLicense, address, contact));
            status = VerificationStatus.PENDING;
            notices.info("verification.submitted");
        }, INPUTS);
    }

    public boolean isOpen() {
        return status == VerificationStatus.UNVERIFIED || status == VerificationStatus.REJECTED;
    }

    public boolean isBusiness() {
        return kind == MemberKind.BUSINESS;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public void setLicenseNumber(String licenseNumber) {
        this.licenseNumber = licenseNumber;
    }

    public String getSpecialLicense() {
        return specialLicense;
    }

    public void setSpecialLicense(String specialLicense) {
        this.specialLicense = specialLicense;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
