package org.marketgov.credit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marketgov.credit.Scoring.Decision;
import org.marketgov.credit.ScoringPass.MonthKey;
import org.marketgov.credit.ScoringPass.ProfileKey;
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
 *
 * <p>Scoring order is the order of visibility, then id (CR-6 caps make it matter): a
 * reveal takes its moment only once it holds the rated members' profile locks, and
 * each profile remembers its last reveal, so the scoring of one member's evaluations
 * follows their visibility times exactly and a replay in that order gives the same
 * result.
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
     * CR-4: ends {@code windows} and reveals their evaluations {@code all} at one moment,
     * {@code now} or just after the last reveal of an affected profile, and scores each
     * in order of id. Answers the moment.
     */
    OffsetDateTime reveal(List<EvaluationWindow> windows, List<Evaluation> all,
            OffsetDateTime now, CreditTerms t) {
        Map<ProfileKey, CreditProfile> locked = lockProfiles(all);
        List<CreditProfile> rated = all.stream().map(ProfileKey::rated).distinct()
                .map(locked::get).toList();
        OffsetDateTime at = rated.stream().map(p -> p.nextRevealAt(now))
                .max(Comparator.naturalOrder()).orElse(now);
        rated.forEach(p -> p.revealed(at));
        for (EvaluationWindow w : windows) {
            w.close(at);
        }
        all.forEach(e -> e.reveal(at));

        Set<Long> held = windows.stream().filter(EvaluationWindow::held)
                .map(EvaluationWindow::tradeId).collect(Collectors.toSet());
        LocalDate day = at.atZoneSameInstant(t.zone()).toLocalDate();
        score(all.stream().sorted(VISIBILITY_ORDER).toList(), held, locked, day, t);
        return at;
    }

    /**
     * CR-11: scores the evaluations of a trade STAFF cleared, counting them on {@code day}.
     *
     * <p>Limitation: they became visible when the window ended but are scored only now, so a
     * replay in visibility order would score them earlier than they were.
     */
    void scoreReleased(List<Evaluation> waiting, CreditTerms t, LocalDate day) {
        score(waiting, Set.of(), lockProfiles(waiting), day, t);
    }

    /**
     * Scores {@code ordered} one after the other, each decision seeing the ones before it,
     * from rows fetched together up front. CR-7 is decided before CR-6, so the month rows
     * are fetched only for evaluations that no scored one on the same goods holds back.
     */
    private void score(List<Evaluation> ordered, Set<Long> heldTrades,
            Map<ProfileKey, CreditProfile> locked, LocalDate day, CreditTerms t) {
        List<Evaluation> scorable = ordered.stream()
                .filter(e -> !heldTrades.contains(e.tradeId())).toList();
        List<ScoringPass.Goods> goods = evaluations.scoredGoods(scorable.stream()
                .filter(e -> t.points(e.rating()) != 0).toList(), t.sameGoodsDays());
        List<Evaluation> capped = scorable.stream().filter(e -> goods.stream()
                .noneMatch(g -> g.blocks(e, t.sameGoodsDays()))).toList();
        ScoringPass pass = new ScoringPass(credit, day, locked,
                credit.months(capped.stream().map(MonthKey::of).distinct().toList()),
                credit.days(scorable.stream().map(Evaluation::ratedId).distinct().toList(), day),
                goods);

        List<Evaluation> sellerPraises = new ArrayList<>();
        for (Evaluation e : ordered) {
            boolean held = heldTrades.contains(e.tradeId());
            int points = t.points(e.rating());
            boolean sameGoods = points != 0 && !held
                    && pass.sameGoodsScored(e, t.sameGoodsDays());
            int monthNet = held || sameGoods ? 0 : pass.month(e).net();
            Decision d = Scoring.decide(points, held, sameGoods, monthNet, t.monthlyCap());

            e.score(d.scored(), d.reason(), d.points(), day);
            if (d.scored()) {
                pass.month(e).add(d.points());
                pass.count(e);
                if (e.rating() == Rating.PRAISE && e.ratedRole() == CreditRole.SELLER) {
                    sellerPraises.add(e);
                }
            }
        }
        signs.praised(sellerPraises, t);
    }

    /**
     * CR-8 with CR-6: changes a visible evaluation's rating. A scored evaluation stays
     * scored and moves to the new rating's points, as far as the month's cap allows;
     * one that was not scored stays at 0.
     */
    void revise(Evaluation e, Rating rating, String comment, CreditTerms t) {
        CreditProfile p = lockProfiles(List.of(e)).get(ProfileKey.rated(e));
        int newPoints = 0;
        if (e.scored()) {
            CreditMonth month = credit.month(e.raterId(), e.ratedId(), e.ratedRole(),
                    e.tradeMonth());
            newPoints = Scoring.revisedPoints(e.points(), t.points(rating), month.net(),
                    t.monthlyCap());
            month.add(newPoints - e.points());
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
        CreditProfile p = lockProfiles(List.of(e)).get(ProfileKey.rated(e));
        credit.month(e.raterId(), e.ratedId(), e.ratedRole(), e.tradeMonth()).add(-e.points());
        p.count(e.rating(), e.points(), -1);
        credit.day(e.ratedId(), e.ratedRole(), e.countedOn()).count(e.rating(), -1);
    }

    /**
     * Locks the profiles the evaluations are about. Opening a window opens them (see
     * {@link Openings#openWindow}), so they normally exist; one missing all the same is
     * opened in a transaction of its own and the profiles are locked again.
     *
     * <p>Limitation: in that case the new profile is locked after the others, out of
     * order, so two such scorings about the same members at the same moment can
     * deadlock; the database then ends one of them, which is answered as a lost race
     * (409) or retried by the next run of the closing job.
     */
    private Map<ProfileKey, CreditProfile> lockProfiles(List<Evaluation> affected) {
        Set<ProfileKey> needed = affected.stream().map(ProfileKey::rated)
                .collect(Collectors.toSet());
        Map<ProfileKey, CreditProfile> locked = credit.lockProfiles(needed);
        if (locked.keySet().containsAll(needed)) {
            return locked;
        }

        needed.stream().filter(k -> !locked.containsKey(k))
                .sorted(Comparator.comparingLong(ProfileKey::memberId)
                        .thenComparing(k -> k.role().name()))
                .forEach(k -> openings.openProfile(k.memberId(), k.role()));
        return credit.lockProfiles(needed);
    }
}
