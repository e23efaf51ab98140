package org.marketgov.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.persistence.membership.Member;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.platform.ScheduledJob;

/**
 * MEM-8, MEM-5: completes the exit of members who declined a new agreement version
 * while trades were open, once none of their trades is open any more. Each member is
 * re-read under its row lock, so runs on several instances end each exit once.
 *
 * <p>A run walks every leaving member in id order, 200 to a query, so members whose trades
 * are still open never keep the ones after them waiting.
 */
@Stateless
@LocalBean
@Local(ScheduledJob.class)
@PermitAll
public class PendingExits implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(PendingExits.class.getName());

    /** How many leaving members one query fetches. */
    private static final int BATCH = 200;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    @Any
    private Instance<ExitObstacles> obstacles;

    @Override
    public String name() {
        return "pending-exits";
    }

    /** Finds the leaving members outside a transaction; each exit ends in its own. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runDue(Instant now) {
        PendingExits self = context.getBusinessObject(PendingExits.class);
        int done = 0;
        List<Long> leaving = leavingAfter(0);
        while (!leaving.isEmpty()) {
            for (long id : leaving) {
                try {
                    done += self.complete(id, now) ? 1 : 0;
                } catch (EJBException e) {
                    LOG.log(Level.WARNING, "the exit of member " + id
                            + " was not completed; the next run tries again", e);
                }
            }
            leaving = leavingAfter(leaving.get(leaving.size() - 1));
        }
        return done;
    }

    private List<Long> leavingAfter(long memberId) {
        return em.createQuery("select m.id from Member m where m.exitRequestedAt is not null"
                        + " and m.status = :s and m.id > :after order by m.id", Long.class)
                .setParameter("s", MemberStatus.ACTIVE).setParameter("after", memberId)
                .setMaxResults(BATCH).getResultList();
    }

    private boolean isBlocked(long memberId) {
        return obstacles.stream().anyMatch(o -> !o.blocking(memberId).isEmpty());
    }

    /**
     * Ends one member's exit if it is still pending and no trade blocks it any more,
     * deciding both under the member's row lock; answers whether it did.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean complete(long memberId, Instant now) {
        Member m = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.exitRequestedAt() == null || m.status() != MemberStatus.ACTIVE
                || isBlocked(memberId)) {
            return false;
        }
        m.leave("declined a new service agreement version",
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        LOG.log(Level.INFO, "member {0} left after their last open trade ended", m.id());
        return true;
    }
}
