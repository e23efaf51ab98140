package org.marketgov.cases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
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
import org.marketgov.cases.CaseViews.UnsealRequestView;
import org.marketgov.cases.CaseViews.Unsealed;
import org.marketgov.persistence.cases.Accusation;
import org.marketgov.persistence.cases.UnsealRequest;
import org.marketgov.persistence.cases.UnsealStatus;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.AuditTrail;
import org.marketgov.security.Roles;

/**
 * The break-glass boundary for sealed informants (DS-4, CMP-4). STAFF or an AUDITOR asks
 * to learn who filed one anonymous accusation, giving a reason; another AUDITOR approves
 * or refuses ({@link UnsealGrants}). An approval lets the requester alone read the
 * informant for a few minutes (a setting); after that the informant is sealed again.
 * The request, the decision and every read are audit lines that name the accusation
 * and the request, never the informant.
 *
 * A refused read (by anyone but the requester, before approval, after a refusal or after
 * the grant ran out) is audited too, in a transaction of its own, since the refusal rolls
 * the caller's transaction back.
 */
@Stateless
@DeclareRoles({Roles.STAFF, Roles.AUDITOR})
public class InformantUnsealing {

    private static final Logger LOG = Logger.getLogger(InformantUnsealing.class.getName());

    /** How many requests a list shows; the queue is small by nature. */
    private static final int LIST_SIZE = 100;

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @Inject
    private CaseBook book;

    @EJB
    private SiteSettings settings;

    @EJB
    private AuditTrail audit;

    /** DS-4: files a request to unseal the informant of an anonymous accusation. */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public UnsealRequestView request(long accusationId, String reason, String origin) {
        CaseForms.requireValid(CaseForms.checkText("reason", reason, CaseForms.MAX_REASON));
        Accusation a = book.accusation(accusationId);
        if (!a.anonymous()) {
            throw new RuleViolation("DS-4", "the informant of accusation " + accusationId
                    + " is named; there is nothing to unseal");
        }

        UnsealRequest r = new UnsealRequest(accusationId, me(), reason.strip(), now());
        book.add(r);
        audit.record(me(), "UNSEAL_REQUESTED", target(r), AuditOutcome.SUCCESS, origin,
                r.reason());

        LOG.log(Level.INFO, "unseal request {0} filed for accusation {1}",
                new Object[] {r.id(), accusationId});
        return view(r);
    }

    /** DS-4: the requests waiting for an AUDITOR, oldest first. */
    @RolesAllowed(Roles.AUDITOR)
    public List<UnsealRequestView> pending() {
        return book.unsealRequests(UnsealStatus.PENDING, LIST_SIZE).stream()
                .map(this::view).toList();
    }

    /** DS-4: the caller's own requests, newest first, with whether a grant is running. */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public List<UnsealRequestView> mine() {
        return book.unsealRequestsBy(me(), LIST_SIZE).stream().map(this::view).toList();
    }

    /**
     * DS-4: one request, to its requester or an AUDITOR; to other STAFF it does not
     * exist.
     */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public UnsealRequestView unsealRequest(long id) {
        UnsealRequest r = book.unsealRequest(id, false);
        if (!caller.isCallerInRole(Roles.AUDITOR) && !r.requestedBy().equals(me())) {
            throw new NotFound("unseal request " + id);
        }
        return view(r);
    }

    /** DS-4: an AUDITOR other than the requester approves or refuses, once. */
    @RolesAllowed(Roles.AUDITOR)
    public UnsealRequestView decide(long id, boolean approved, String origin) {
        UnsealRequest r = book.unsealRequest(id, true);
        UnsealGrants.requireMayDecide(r.status(), r.requestedBy(), me());

        OffsetDateTime now = now();
        OffsetDateTime until = UnsealGrants.grantedUntil(now,
                settings.number(SettingKey.UNSEAL_GRANT_MINUTES));
        r.decide(approved, me(), now, until);
        audit.record(me(), approved ? "UNSEAL_APPROVED" : "UNSEAL_REFUSED", target(r),
                AuditOutcome.SUCCESS, origin, approved ? "granted until " + until : null);

        LOG.log(Level.INFO, "unseal request {0} {1}", new Object[] {id, r.status()});
        return view(r);
    }

    /**
     * DS-4, CMP-4: the requester reads the informant while the grant runs. The read is
     * audited before the name is answered; to anyone but the requester the request does
     * not exist, and their attempt is audited as refused.
     */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public Unsealed read(long id, String origin) {
        UnsealRequest r = book.unsealRequest(id, false);
        if (!r.requestedBy().equals(me())) {
            audit.recordRefusal(me(), "INFORMANT_READ_REFUSED", target(r), origin,
                    "not the requester");
            throw new NotFound("unseal request " + id);
        }
        try {
            UnsealGrants.requireMayRead(r.status(), r.grantedUntil(), clock);
        } catch (RuleViolation refused) {
            audit.recordRefusal(me(), "INFORMANT_READ_REFUSED", target(r), origin,
                    refused.getMessage());
            throw refused;
        }
        Accusation a = book.accusation(r.accusationId());

        audit.record(me(), "INFORMANT_UNSEALED", "accusation " + r.accusationId(),
                AuditOutcome.SUCCESS, origin, "unseal request " + id + ": " + r.reason());

        LOG.log(Level.INFO, "informant of accusation {0} read under unseal request {1}",
                new Object[] {r.accusationId(), id});
        return new Unsealed(r.accusationId(), a.sealedInformant(), r.reason());
    }

    private UnsealRequestView view(UnsealRequest r) {
        return new UnsealRequestView(r.id(), r.accusationId(), r.requestedBy(), r.reason(),
                r.status(), r.requestedAt(), r.decidedBy(), r.decidedAt(), r.grantedUntil(),
                UnsealGrants.isActive(r.status(), r.grantedUntil(), clock));
    }

    private static String target(UnsealRequest r) {
        return "unseal request " + r.id() + " (accusation " + r.accusationId() + ")";
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
