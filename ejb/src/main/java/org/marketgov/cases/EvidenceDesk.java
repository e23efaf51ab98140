package org.marketgov.cases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.cases.CaseViews.EvidenceFile;
import org.marketgov.cases.CaseViews.EvidenceView;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.cases.Accusation;
import org.marketgov.persistence.cases.CaseEventKind;
import org.marketgov.persistence.cases.CaseEvidence;
import org.marketgov.persistence.cases.CaseEvidence.CaseRef;
import org.marketgov.persistence.cases.CaseSide;
import org.marketgov.persistence.cases.Complaint;
import org.marketgov.persistence.cases.EvidenceSide;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.AuditTrail;
import org.marketgov.security.Roles;

/**
 * Evidence files of complaints and accusations (CMP-1, CMP-3, CMP-4). A party of a
 * complaint or STAFF adds files while the case is open, and both parties and STAFF
 * read them. The informant of an accusation adds files while it is undecided (an
 * anonymous one with the tracking code), and so may the accused; STAFF reads all of
 * them, the informant reads the informant's files and the accused only their own, so
 * nothing the informant sent reaches the accused. A file of an anonymous informant is
 * kept and audited without a name (CMP-4). A case the caller may not read is reported
 * as not found.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class EvidenceDesk {

    private static final Logger LOG = Logger.getLogger(EvidenceDesk.class.getName());

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @Inject
    private CaseBook book;

    @Inject
    private Timelines timelines;

    @EJB
    private MembershipDesk membership;

    @EJB
    private SiteSettings settings;

    @EJB
    private AuditTrail audit;

    /** CMP-1, CMP-3: a party or STAFF adds a file to an open complaint. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public EvidenceView addToComplaint(long id, String name, byte[] content, String origin) {
        Complaint c = book.lockComplaint(id);
        EvidenceSide side = complaintSide(c);
        ComplaintRules.require(!c.status().isFinal(), "CMP-3",
                "evidence is added while the case is open");
        CaseEvidence.File file = EvidenceRules.checked("CMP-1", name, content, maxBytes());

        CaseEvidence e = keep(CaseRef.complaint(id), side, me(), file);
        timelines.add(c, CaseEventKind.EVIDENCE_ADDED, side == EvidenceSide.STAFF
                ? CaseSide.STAFF : CaseSide.valueOf(side.name()), me(),
                EvidenceRules.describe(file));
        audit.record(me(), "EVIDENCE_ADDED", c.caseNumber(), AuditOutcome.SUCCESS, origin,
                file.sha256());
        return view(e);
    }

    /** CMP-1: the files of a complaint, for its parties and STAFF. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public List<EvidenceView> ofComplaint(long id) {
        complaintSide(book.complaint(id));
        return book.evidence(CaseRef.complaint(id));
    }

    /** CMP-1: one file of a complaint, for its parties and STAFF. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public EvidenceFile complaintFile(long id, long evidenceId) {
        complaintSide(book.complaint(id));
        return file(book.evidenceFile(CaseRef.complaint(id), evidenceId));
    }

    /** CMP-4, CMP-5: the informant, the accused or STAFF adds a file to an open report. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public EvidenceView addToAccusation(long id, String name, byte[] content, String origin) {
        Accusation a = book.lockAccusation(id);
        return addTo(a, accusationSide(a), name, content, origin);
    }

    /** CMP-4: the files of an accusation the caller may read (see the class comment). */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public List<EvidenceView> ofAccusation(long id) {
        EvidenceSide side = accusationSide(book.accusation(id));
        return visible(id, side);
    }

    /** CMP-4: one file of an accusation, if the caller may read it. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public EvidenceFile accusationFile(long id, long evidenceId) {
        EvidenceSide side = accusationSide(book.accusation(id));
        return file(readable(id, evidenceId, side));
    }

    /** CMP-4: the anonymous informant adds a file with the tracking code. */
    @PermitAll
    public EvidenceView addTracked(String code, String name, byte[] content) {
        Accusation a = book.lockAccusation(tracked(code).id());
        return addTo(a, EvidenceSide.INFORMANT, name, content, null);
    }

    /** CMP-4: the informant's files, read with the tracking code. */
    @PermitAll
    public List<EvidenceView> ofTracked(String code) {
        return visible(tracked(code).id(), EvidenceSide.INFORMANT);
    }

    /** CMP-4: one of the informant's files, read with the tracking code. */
    @PermitAll
    public EvidenceFile trackedFile(String code, long evidenceId) {
        return file(readable(tracked(code).id(), evidenceId, EvidenceSide.INFORMANT));
    }

    private EvidenceView addTo(Accusation a, EvidenceSide side, String name, byte[] content,
            String origin) {
        ComplaintRules.require(!a.status().isDecided(), "CMP-4",
                "evidence is added while the accusation is undecided");
        CaseEvidence.File file = EvidenceRules.checked("CMP-4", name, content, maxBytes());
        boolean sealed = side == EvidenceSide.INFORMANT && a.anonymous();

        CaseEvidence e = keep(CaseRef.accusation(a.id()), side, sealed ? null : me(), file);
        audit.record(sealed ? AccusationDesk.SEALED : me(), "EVIDENCE_ADDED",
                "accusation " + a.id(), AuditOutcome.SUCCESS, sealed ? null : origin,
                file.sha256());
        return view(e);
    }

    private CaseEvidence keep(CaseRef ref, EvidenceSide side, String by,
            CaseEvidence.File file) {
        if (book.evidence(ref).size() >= EvidenceRules.MAX_FILES) {
            throw new RuleViolation("CMP-1", "a case holds at most " + EvidenceRules.MAX_FILES
                    + " evidence files");
        }
        CaseEvidence e = new CaseEvidence(ref, side, by, file,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        book.add(e);

        LOG.log(Level.INFO, "evidence {0} added as {1}", new Object[] {e.id(), side});
        return e;
    }

    private List<EvidenceView> visible(long accusationId, EvidenceSide side) {
        return book.evidence(CaseRef.accusation(accusationId)).stream()
                .filter(v -> side == EvidenceSide.STAFF || v.side() == side)
                .toList();
    }

    private CaseEvidence readable(long accusationId, long evidenceId, EvidenceSide side) {
        CaseEvidence e = book.evidenceFile(CaseRef.accusation(accusationId), evidenceId);
        if (side != EvidenceSide.STAFF && e.side() != side) {
            throw new NotFound("evidence " + evidenceId);
        }
        return e;
    }

    private EvidenceSide complaintSide(Complaint c) {
        if (caller.isCallerInRole(Roles.STAFF)) {
            return EvidenceSide.STAFF;
        }
        long me = membership.myTradingStanding().memberId();
        if (me == c.complainantId()) {
            return EvidenceSide.COMPLAINANT;
        }
        if (me == c.respondentId()) {
            return EvidenceSide.RESPONDENT;
        }
        throw new NotFound("complaint " + c.id());
    }

    private EvidenceSide accusationSide(Accusation a) {
        if (caller.isCallerInRole(Roles.STAFF)) {
            return EvidenceSide.STAFF;
        }
        if (a.isInformant(me())) {
            return EvidenceSide.INFORMANT;
        }
        if (membership.myTradingStanding().memberId() == a.accusedId()) {
            return EvidenceSide.ACCUSED;
        }
        throw new NotFound("accusation " + a.id());
    }

    private Accusation tracked(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            throw new NotFound("tracking code");
        }
        return book.accusationTracked(TrackingCodes.hash(code));
    }

    private int maxBytes() {
        return settings.number(SettingKey.EVIDENCE_MAX_BYTES);
    }

    private static EvidenceView view(CaseEvidence e) {
        return new EvidenceView(e.id(), e.side(), e.uploadedBy(), e.fileName(),
                e.type().mediaType(), e.sizeBytes(), e.sha256(), e.uploadedAt());
    }

    private static EvidenceFile file(CaseEvidence e) {
        return new EvidenceFile(e.fileName(), e.type().mediaType(), e.content());
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
