package org.marketgov.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marketgov.security.AuditTrail;
import org.marketgov.web.platform.Notices;
import org.marketgov.web.platform.PagedModel;

/**
 * DS-3: the AUDITOR reads the audit trail, newest first, and checks that its hash
 * chain is unbroken. The page can only read; nothing in the console edits the trail.
 */
@Named
@ViewScoped
public class ReviewAuditTrail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditTrail trail;

    @Inject
    private Notices notices;

    private final PagedModel<AuditTrail.Line> lines = new PagedModel<>(this::page,
            AuditTrail.Line::id);
    private AuditTrail.Verdict verdict;

    private PagedModel.Slice<AuditTrail.Line> page(int page, int size) {
        AuditTrail.Page found = trail.read(page, size);
        return new PagedModel.Slice<>(found.items(), found.total());
    }

    public void verify() {
        notices.attempt(() -> {
            verdict = trail.verify();
        });
    }

    public PagedModel<AuditTrail.Line> getLines() {
        return lines;
    }

    public AuditTrail.Verdict getVerdict() {
        return verdict;
    }
}
