package org.marketgov.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.cases.Accusation;
import org.marketgov.persistence.cases.AccusationTarget;
import org.marketgov.persistence.cases.Penalty;
import org.marketgov.persistence.cases.PenaltyStep;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.platform.Inbox;
import org.marketgov.security.AuditTrail;
import org.marketgov.trading.TradingDesk;

/**
 * CMP-6: carries out the penalty of an upheld accusation. The rung comes from
 * {@link PenaltyLadder}; an accused listing is taken down whatever the rung, since
 * content found unlawful does not stay up. Freezes go through the membership desk
 * (MEM-7). Every penalty cites the accusation and is audited (DS-3).
 */
@Dependent
class Penalties {

    private static final Logger LOG = Logger.getLogger(Penalties.class.getName());

    @Inject
    private CaseBook book;

    @Inject
    private Clock clock;

    @EJB
    private TradingDesk trading;

    @EJB
    private MembershipDesk membership;

    @EJB
    private AuditTrail audit;

    @EJB
    private Inbox inbox;

    PenaltyStep impose(Accusation a, String reason, boolean serious, String staff,
            String origin) {
        long member = a.accusedId();
        PenaltyStep step = PenaltyLadder.next(book.penaltiesOf(member), a.targetType(),
                serious);
        String note = "CMP-6 " + step + " for upheld accusation " + a.id() + ": " + reason;

        if (a.targetType() == AccusationTarget.LISTING) {
            trading.takeDown(a.targetId());
        }
        switch (step) {
            case TEMPORARY_FREEZE -> membership.freeze(member, false, note, origin);
            case PERMANENT_FREEZE -> membership.freeze(member, true, note, origin);
            default -> inbox.notify(member, "Penalty: " + step, note);
        }
        book.add(new Penalty(member, a.id(), step, staff, note,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)));
        audit.record(staff, "PENALTY_IMPOSED", "member " + member, AuditOutcome.SUCCESS,
                origin, note);

        LOG.log(Level.INFO, "member {0} penalised {1} for accusation {2}",
                new Object[] {member, step, a.id()});
        return step;
    }
}
