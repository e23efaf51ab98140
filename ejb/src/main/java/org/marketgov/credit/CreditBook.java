package org.marketgov.credit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketgov.credit.CreditViews.Tally;
import org.marketgov.credit.ScoringPass.MonthKey;
import org.marketgov.credit.ScoringPass.ProfileKey;
import org.marketgov.persistence.credit.CreditDay;
import org.marketgov.persistence.credit.CreditMonth;
import org.marketgov.persistence.credit.CreditProfile;
import org.marketgov.persistence.credit.CreditRole;

/**
 * The books of credit profiles, their day counters and the monthly pair totals. Every
 * change goes through a profile locked with {@link #lockProfiles}: the day rows and
 * month rows of that member and role are only written under that lock, so they can be
 * created on first use without racing anyone.
 *
 * <p>The look-ups of a scoring pass do not flush the pass's pending changes first: they
 * read rows the pass has not changed yet, and writing each evaluation once, with its
 * final state, at the end is what keeps a pass to one statement per row.
 */
@Dependent
class CreditBook {

    /** How many keys one look-up of a scoring pass asks for. */
    static final int KEYS_PER_QUERY = 40;

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    CreditProfile profile(long memberId, CreditRole role) {
        return em.createQuery("select p from CreditProfile p where p.memberId = :m"
                        + " and p.role = :r", CreditProfile.class)
                .setParameter("m", memberId).setParameter("r", role)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * The existing profiles of these keys with their rows locked in (member, role) order,
     * the one order every locker uses, so that two transactions never wait on each other
     * in a circle. Only the roles asked for are locked: a member's buyer profile does not
     * wait for scorings of their seller profile.
     */
    Map<ProfileKey, CreditProfile> lockProfiles(Collection<ProfileKey> keys) {
        List<ProfileKey> ordered = keys.stream().distinct()
                .sorted(Comparator.comparingLong(ProfileKey::memberId)
                        .thenComparing(k -> k.role().name()))
                .toList();
        Map<ProfileKey, CreditProfile> locked = new HashMap<>();
        for (int from = 0; from < ordered.size(); from += KEYS_PER_QUERY) {
            List<ProfileKey> some = ordered.subList(from,
                    Math.min(from + KEYS_PER_QUERY, ordered.size()));
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < some.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("(p.memberId = :m").append(i)
                        .append(" and p.role = :r").append(i).append(')');
            }
            TypedQuery<CreditProfile> q = em.createQuery("select p from CreditProfile p where "
                            + where + " order by p.memberId, p.role", CreditProfile.class)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setFlushMode(FlushModeType.COMMIT);
            for (int i = 0; i < some.size(); i++) {
                q.setParameter("m" + i, some.get(i).memberId())
                        .setParameter("r" + i, some.get(i).role());
            }
            q.getResultStream().forEach(p -> locked.put(new ProfileKey(p.memberId(), p.role()), p));
        }
        return locked;
    }

    /**
     * CR-6: the month rows of these keys that exist; under the rated profiles' locks. The
     * keys are asked for a few dozen to a query, since the provider's cost of binding
     * grows with the square of a query's parameters.
     */
    List<CreditMonth> months(Collection<MonthKey> keys) {
        List<MonthKey> all = List.copyOf(keys);
        List<CreditMonth> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            found.addAll(monthsOf(all.subList(from,
                    Math.min(from + KEYS_PER_QUERY, all.size()))));
        }
        return found;
    }

    private List<CreditMonth> monthsOf(List<MonthKey> keys) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("(m.raterId = :a").append(i)
                    .append(" and m.ratedId = :b").append(i).append(" and m.ratedRole = :r")
                    .append(i).append(" and m.month = :m").append(i).append(')');
        }
        TypedQuery<CreditMonth> q = em.createQuery(
                "select m from CreditMonth m where " + where, CreditMonth.class)
                .setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < keys.size(); i++) {
            MonthKey k = keys.get(i);
            q.setParameter("a" + i, k.raterId()).setParameter("b" + i, k.ratedId())
                    .setParameter("r" + i, k.role()).setParameter("m" + i, k.month());
        }
        return q.getResultList();
    }

    /** CR-10: the day rows of these members on {@code day}; under their profiles' locks. */
    List<CreditDay> days(Collection<Long> memberIds, LocalDate day) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from CreditDay d where d.memberId in :m"
                        + " and d.day = :d", CreditDay.class)
                .setParameter("m", memberIds).setParameter("d", day)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    /** Stores a new month or day row found missing by a scoring pass. */
    <T> T add(T row) {
        em.persist(row);
        return row;
    }

    /** Creates a profile; the caller handles a lost race on the unique key. */
    void addProfile(CreditProfile p) {
        em.persist(p);
        em.flush();
    }

    /** CR-6: the month row of a rater and rated member; under the rated profile's lock. */
    CreditMonth month(long raterId, long ratedId, CreditRole role, String month) {
        CreditMonth m = em.createQuery("select m from CreditMonth m where m.raterId = :a"
                        + " and m.ratedId = :b and m.ratedRole = :r and m.month = :m",
                        CreditMonth.class)
                .setParameter("a", raterId).setParameter("b", ratedId)
                .setParameter("r", role).setParameter("m", month)
                .getResultStream().findFirst().orElse(null);
        if (m == null) {
            m = new CreditMonth(raterId, ratedId, role, month);
            em.persist(m);
        }
        return m;
    }

    /** CR-10: the day row of a member and role; under that profile's lock. */
    CreditDay day(long memberId, CreditRole role, LocalDate day) {
        CreditDay d = em.createQuery("select d from CreditDay d where d.memberId = :m"
                        + " and d.role = :r and d.day = :d", CreditDay.class)
                .setParameter("m", memberId).setParameter("r", role).setParameter("d", day)
                .getResultStream().findFirst().orElse(null);
        if (d == null) {
            d = new CreditDay(memberId, role, day);
            em.persist(d);
        }
        return d;
    }

    /** CR-10: the profiles a member has, as seller and as buyer, in one query. */
    Map<CreditRole, CreditProfile> profiles(long memberId) {
        Map<CreditRole, CreditProfile> found = new EnumMap<>(CreditRole.class);
        em.createQuery("select p from CreditProfile p where p.memberId = :m", CreditProfile.class)
                .setParameter("m", memberId)
                .getResultStream()
                .forEach(p -> found.put(p.role(), p));
        return found;
    }

    /**
     * CR-10: the week, month and half-year sums of both roles, added up by the database
     * from at most about 184 day rows per role, so a read carries two rows back.
     */
    Map<CreditRole, CreditCounts.Recent> recent(long memberId, CreditCounts.Starts starts) {
        Map<CreditRole, CreditCounts.Recent> sums = new EnumMap<>(CreditRole.class);
        StringBuilder select = new StringBuilder("select d.role");
        for (String bucket : List.of(":week", ":month", ":half")) {
            for (String field : List.of("praise", "neutral", "poor")) {
                select.append(", sum(case when d.day >= ").append(bucket).append(" then d.")
                        .append(field).append(" else 0 end)");
            }
        }
        em.createQuery(select + " from CreditDay d where d.memberId = :m and d.day >= :half"
                        + " group by d.role", Object[].class)
                .setParameter("m", memberId).setParameter("week", starts.week())
                .setParameter("month", starts.month()).setParameter("half", starts.halfYear())
                .getResultStream()
                .forEach(row -> sums.put((CreditRole) row[0], new CreditCounts.Recent(
                        tally(row, 1), tally(row, 4), tally(row, 7))));
        return sums;
    }

    private static Tally tally(Object[] row, int first) {
        return new Tally(number(row[first]), number(row[first + 1]), number(row[first + 2]));
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
