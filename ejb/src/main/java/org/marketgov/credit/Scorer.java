package org.marketgov.credit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.marketgov.credit.Scoring.Decision;
import org.marketgov.persistence.credit.CreditMonth;
import org.marketgov.persistence.credit.CreditProfile;
import org.marketgov.persistence.credit.CreditRole;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.EvaluationWindow;
import org.marketgov.persistence.credit.Rating;

/**
 * Applies scoring decisions to the books (CR-6, CR-7, CR-8, CR-10, CR-11), and has each
 * scored praise to a seller checked for praise from young accounts (CR-11). Every
 * change to a profile, its day rows and its month rows happens under that profile's
 * row lock, so counters never drift however many changes run at once. Profiles are
 * locked in (member, role) order so two transactions never wait on each other in a
 * circle.
 */
@Dependent
class Scorer {

    private static final Comparator<Evaluation> VISIBILITY_ORDER = Comparator
            .comparing(Evaluation::visibleAt).thenComparing(Evaluation::id);

    @Inject
    private EvaluationBook evaluations;

    @Inject
    private CreditBook credit;

    @EJB
    private Openings openings;

    @Inject
    private ReviewSigns signs;

    /**
     * CR-4: reveals the evaluations of a closing window at {@code at} and scores each,
     * in the order they became visible, then by id.
     */
    void reveal(EvaluationWindow w, List<Evaluation> all, OffsetDateTime at, CreditTerms t) {
        all.forEach(e -> e.reveal(at));
        lockProfiles(all);

        LocalDate day = at.atZoneSameInstant(t.zone()).toLocalDate();
        for (Evaluation e : all.stream().sorted(VISIBILITY_ORDER).toList()) {
            score(e, w.held(), t, day);
        }
    }

    /** CR-11: scores the evaluations of a trade STAFF cleared, counting them on {@code day}. */
    void scoreReleased(List<Evaluation> waiting, CreditTerms t, LocalDate day) {
        lockProfiles(waiting);
        for (Evaluation e : waiting) {
            score(e, false, t, day);
        }
    }

    private void score(Evaluation e, boolean held, CreditTerms t, LocalDate day) {
        int points = t.points(e.rating());
        boolean sameGoods = points != 0 && !held
                && evaluations.sameGoodsScored(e, t.sameGoodsDays());
        CreditMonth month = credit.month(e.raterId(), e.ratedId(), e.ratedRole(),
                e.tradeMonth());
        Decision d = Scoring.decide(points, held, sameGoods, month.net(), t.monthlyCap());

        e.score(d.scored(), d.reason(), d.points(), day);
        if (d.scored()) {
            month.add(d.points());
            credit.profile(e.ratedId(), e.ratedRole()).count(e.rating(), d.points(), 1);
            credit.day(e.ratedId(), e.ratedRole(), day).count(e.rating(), 1);
            if (e.rating() == Rating.PRAISE && e.ratedRole() == CreditRole.SELLER) {
                signs.praised(e, t);
            }
        }
    }

    /**
     * CR-8 with CR-6: changes a visible evaluation's rating. A scored evaluation stays
     * scored and moves to the new rating's points, as far as the month's cap allows;
     * one that was not scored stays at 0.
     */
    void revise(Evaluation e, Rating rating, String comment, CreditTerms t) {
        lockProfiles(List.of(e));
        int newPoints = 0;
        if (e.scored()) {
            CreditMonth month = credit.month(e.raterId(), e.ratedId(), e.ratedRole(),
                    e.tradeMonth());
            newPoints = Scoring.revisedPoints(e.points(), t.points(rating), month.net(),
                    t.monthlyCap());
            month.add(newPoints - e.points());
            CreditProfile p = credit.profile(e.ratedId(), e.ratedRole());
            p.count(e.rating(), e.points(), -1);
            p.count(rating, newPoints, 1);
            credit.day(e.ratedId(), e.ratedRole(), e.countedOn()).count(e.rating(), -1);
            credit.day(e.ratedId(), e.ratedRole(), e.countedOn()).count(rating, 1);
        }
        e.revise(rating, comment, newPoints);
    }

    /** CR-8, CR-11: takes a deleted or removed evaluation's points and count back out. */
    void withdraw(Evaluation e) {
        if (!e.scored()) {
            return;
        }
        lockProfiles(List.of(e));
        credit.month(e.raterId(), e.ratedId(), e.ratedRole(), e.tradeMonth()).add(-e.points());
        credit.profile(e.ratedId(), e.ratedRole()).count(e.rating(), e.points(), -1);
        credit.day(e.ratedId(), e.ratedRole(), e.countedOn()).count(e.rating(), -1);
    }

    private void lockProfiles(List<Evaluation> affected) {
        record Key(long memberId, CreditRole role) {
        }
        List<Key> keys = affected.stream().map(e -> new Key(e.ratedId(), e.ratedRole()))
                .distinct()
                .sorted(Comparator.comparingLong(Key::memberId).thenComparing(Key::role))
                .toList();
        for (Key k : keys) {
            openings.openProfile(k.memberId(), k.role());
            credit.lockProfile(k.memberId(), k.role());
        }
    }
}
