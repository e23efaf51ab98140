package org.marketgov.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketgov.persistence.credit.CreditDay;
import org.marketgov.persistence.credit.CreditMonth;
import org.marketgov.persistence.credit.CreditProfile;
import org.marketgov.persistence.credit.CreditRole;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.Rating;

/**
 * The rows one scoring pass reads and changes (CR-6, CR-7, CR-10), fetched together before
 * the first evaluation is scored: the locked profiles of the rated members, their month
 * rows with each rater, their day rows of the counting day, and the scored evaluations on
 * the same goods. A pass over a hundred trades so costs a handful of queries instead of
 * several per evaluation. A row that does not exist yet is created on first use, which is
 * safe because the pass holds the locks of the profiles those rows belong to.
 */
final class ScoringPass {

    /** A member's credit in one role. */
    record ProfileKey(long memberId, CreditRole role) {

        static ProfileKey rated(Evaluation e) {
            return new ProfileKey(e.ratedId(), e.ratedRole());
        }
    }

    /** CR-6: the net points of one rater for one rated member and trade month. */
    record MonthKey(long raterId, long ratedId, CreditRole role, String month) {

        static MonthKey of(Evaluation e) {
            return new MonthKey(e.raterId(), e.ratedId(), e.ratedRole(), e.tradeMonth());
        }

        static MonthKey of(CreditMonth m) {
            return new MonthKey(m.raterId(), m.ratedId(), m.ratedRole(), m.month());
        }
    }

    /** CR-7: a scored evaluation as the same-goods rule compares it. */
    record Goods(long id, long raterId, long ratedId, CreditRole role, long listingId,
            Rating rating, OffsetDateTime tradeCreatedAt) {

        static Goods of(Evaluation e) {
            return new Goods(e.id(), e.raterId(), e.ratedId(), e.ratedRole(), e.listingId(),
                    e.rating(), e.tradeCreatedAt());
        }

        /** Whether this one, being scored, keeps {@code e} from scoring under CR-7. */
        boolean blocks(Evaluation e, int days) {
            return id != e.id() && raterId == e.raterId() && ratedId == e.ratedId()
                    && role == e.ratedRole() && listingId == e.listingId()
                    && rating == e.rating()
                    && tradeCreatedAt.isAfter(e.tradeCreatedAt().minusDays(days))
                    && tradeCreatedAt.isBefore(e.tradeCreatedAt().plusDays(days));
        }
    }

    private final CreditBook books;
    private final LocalDate day;
    private final Map<ProfileKey, CreditProfile> profiles;
    private final Map<MonthKey, CreditMonth> months = new HashMap<>();
    private final Map<ProfileKey, CreditDay> days = new HashMap<>();
    private final List<Goods> goods;

    ScoringPass(CreditBook books, LocalDate day, Map<ProfileKey, CreditProfile> profiles,
            Collection<CreditMonth> months, Collection<CreditDay> days, List<Goods> goods) {
        this.books = books;
        this.day = day;
        this.profiles = profiles;
        months.forEach(m -> this.months.put(MonthKey.of(m), m));
        days.forEach(d -> this.days.put(new ProfileKey(d.memberId(), d.role()), d));
        this.goods = new ArrayList<>(goods);
    }

    /** The site day the evaluations of this pass count on (CR-10). */
    LocalDate day() {
        return day;
    }

    /** CR-7: whether the rater already scored the same rating on the same goods. */
    boolean sameGoodsScored(Evaluation e, int sameGoodsDays) {
        return goods.stream().anyMatch(g -> g.blocks(e, sameGoodsDays));
    }

    /** CR-6: the month row of the evaluation's rater, rated member and trade month. */
    CreditMonth month(Evaluation e) {
        return months.computeIfAbsent(MonthKey.of(e), k -> books.add(
                new CreditMonth(k.raterId(), k.ratedId(), k.role(), k.month())));
    }

    /** Counts a scored evaluation in the rated member's profile and day row. */
    void count(Evaluation e) {
        ProfileKey key = ProfileKey.rated(e);
        CreditProfile profile = profiles.get(key);
        if (profile == null) {
            throw new IllegalStateException("profile of member " + e.ratedId() + " not locked");
        }
        profile.count(e.rating(), e.points(), 1);
        days.computeIfAbsent(key, k -> books.add(new CreditDay(k.memberId(), k.role(), day)))
                .count(e.rating(), 1);
        goods.add(Goods.of(e));
    }
}
