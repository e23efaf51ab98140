package org.marketgov.membership;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
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
 * <p>Limitation: each run looks at most at 200 leaving members; the rest wait for the
 * next minute.
 */
@Stateless
@LocalBean
@Local(ScheduledJob.class)
@PermitAll
public class PendingExits implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(PendingExits.class.getName());

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    @Any
    private Instance<ExitObstacles> obstacles;

    @Override
    public String name() {
        return "pending-exits";
    }

    @Override
    public int runDue(Instant now) {
        List<Long> leaving = em.createQuery("select m.id from Member m"
                        + " where m.exitRequestedAt is not null and m.status = :s", Long.class)
                .setParameter("s", MemberStatus.ACTIVE).setMaxResults(200).getResultList();
        int done = 0;
        for (long id : leaving) {
            if (!isBlocked(id) && complete(id, now)) {
                done++;
            }
        }
        return done;
    }

    private boolean isBlocked(long memberId) {
        return obstacles.stream().anyMatch(o -> !o.blocking(memberId).isEmpty());
    }

    private boolean complete(long memberId, Instant now) {
        Member m = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.exitRequestedAt() == null || m.status() != MemberStatus.ACTIVE) {
            return false;
        }
        m.leave("declined a new service agreement version", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        LOG.log(Level.INFO, "member {0} left after their last open trade ended", m.id());
        return true;
    }
}
