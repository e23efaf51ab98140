package org.marketgov.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.credit.Scoring.Decision;
import org.marketgov.persistence.credit.NotScoredReason;
import org.marketgov.persistence.credit.Rating;

class ScoringTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final CreditTerms TERMS = CreditTerms.standard(SHANGHAI);
    private static final int CAP = 6;

    /** The month totals of one rater and one rated member, as the scorer keeps them. */
    private static final class Pair {

        private final Map<String, Integer> net = new HashMap<>();
        private final List<Decision> decisions = new ArrayList<>();

        Decision rate(Rating rating, OffsetDateTime tradeCreatedAt) {
            String month = EvaluationRules.tradeMonth(tradeCreatedAt, SHANGHAI);
            int points = TERMS.points(rating);
            Decision d = Scoring.decide(points, false, false, net.getOrDefault(month, 0), CAP);
            if (d.scored()) {
                net.merge(month, d.points(), Integer::sum);
            }
            decisions.add(d);
            return d;
        }

        int score() {
            return decisions.stream().mapToInt(Decision::points).sum();
        }
    }

    private static OffsetDateTime jan(int day) {
        return OffsetDateTime.parse(String.format("2026-01-%02dT10:00:00+08:00", day));
    }

    @Test
    @DisplayName("CR-2 praise is worth +1, neutral 0 and poor -1 with the default settings")
    void points() {
        assertEquals(1, TERMS.points(Rating.PRAISE));
        assertEquals(0, TERMS.points(Rating.NEUTRAL));
        assertEquals(-1, TERMS.points(Rating.POOR));
    }

    @Test
    @DisplayName("CR-6 seven praises in a month from one buyer to one seller score 6")
    void sevenPraises() {
        Pair pair = new Pair();
        for (int day = 1; day <= 7; day++) {
            pair.rate(Rating.PRAISE, jan(day));
        }

        assertEquals(6, pair.score());
        Decision seventh = pair.decisions.get(6);
        assertFalse(seventh.scored());
        assertEquals(NotScoredReason.MONTHLY_CAP, seventh.reason());
        assertEquals(0, seventh.points());
    }

    @Test
    @DisplayName("CR-6 seven poor ratings in a month score -6")
    void sevenPoor() {
        Pair pair = new Pair();
        for (int day = 1; day <= 7; day++) {
            pair.rate(Rating.POOR, jan(day));
        }

        assertEquals(-6, pair.score());
        assertEquals(NotScoredReason.MONTHLY_CAP, pair.decisions.get(6).reason());
    }

    @Test
    @DisplayName("CR-6 mixed praise and poor: a poor rating at +6 scores and frees room for"
            + " a praise")
    void mixed() {
        Pair pair = new Pair();
        for (int day = 1; day <= 6; day++) {
            pair.rate(Rating.PRAISE, jan(day));
        }

        assertFalse(pair.rate(Rating.PRAISE, jan(7)).scored());
        assertTrue(pair.rate(Rating.POOR, jan(8)).scored());
        assertTrue(pair.rate(Rating.PRAISE, jan(9)).scored());
        assertFalse(pair.rate(Rating.PRAISE, jan(10)).scored());
        assertEquals(6, pair.score());
    }

    @Test
    @DisplayName("CR-6 a move towards zero always scores, even when the month is beyond the cap")
    void towardsZero() {
        assertTrue(Scoring.decide(-1, false, false, 8, CAP).scored());
        assertFalse(Scoring.decide(1, false, false, 8, CAP).scored());
        assertTrue(Scoring.decide(1, false, false, -6, CAP).scored());
        assertTrue(Scoring.decide(0, false, false, 6, CAP).scored());
    }

    @Test
    @DisplayName("CR-6 points of 2 per praise: a praise that would take +5 to +7 scores nothing")
    void largerPoints() {
        Decision d = Scoring.decide(2, false, false, 5, CAP);

        assertFalse(d.scored());
        assertEquals(NotScoredReason.MONTHLY_CAP, d.reason());
    }

    @Test
    @DisplayName("CR-6 month boundary in the site zone: 23:59 on 31 January counts in January")
    void monthBoundary() {
        Pair pair = new Pair();
        for (int day = 1; day <= 6; day++) {
            pair.rate(Rating.PRAISE, jan(day));
        }
        OffsetDateTime lastMinute = OffsetDateTime.parse("2026-01-31T23:59:00+08:00");
        OffsetDateTime nextMinute = OffsetDateTime.parse("2026-02-01T00:00:00+08:00");

        assertEquals(NotScoredReason.MONTHLY_CAP, pair.rate(Rating.PRAISE, lastMinute).reason());
        assertTrue(pair.rate(Rating.PRAISE, nextMinute).scored());
        assertEquals(7, pair.score());
    }

    @Test
    @DisplayName("CR-7 a second praise on the same goods within 14 days scores nothing")
    void sameGoods() {
        Decision d = Scoring.decide(1, false, true, 1, CAP);

        assertFalse(d.scored());
        assertEquals(NotScoredReason.SAME_GOODS, d.reason());
    }

    @Test
    @DisplayName("CR-7 a neutral rating on the same goods still scores (it is worth 0)")
    void sameGoodsNeutral() {
        Decision d = Scoring.decide(0, false, true, 0, CAP);

        assertTrue(d.scored());
        assertNull(d.reason());
    }

    @Test
    @DisplayName("CR-11 an evaluation of a trade held for review scores 0 until STAFF clears it")
    void held() {
        Decision d = Scoring.decide(1, true, false, 0, CAP);

        assertFalse(d.scored());
        assertEquals(NotScoredReason.UNDER_REVIEW, d.reason());
        assertTrue(Scoring.decide(1, false, false, 0, CAP).scored());
    }

    @Test
    @DisplayName("CR-8 a scored poor revised to praise takes +1 when the month has room")
    void revisionWithRoom() {
        assertEquals(1, Scoring.revisedPoints(-1, 1, 2, CAP));
        assertEquals(-1, Scoring.revisedPoints(1, -1, 2, CAP));
        assertEquals(0, Scoring.revisedPoints(1, 0, 2, CAP));
    }

    @Test
    @DisplayName("CR-8 CR-6 a revision to praise in a full month stays scored at 0 points")
    void revisionInFullMonth() {
        // six praises (+6), then a scored poor (+5) and a seventh scored praise (+6)
        int net = 6;
        int points = Scoring.revisedPoints(-1, 1, net, CAP);

        assertEquals(0, points);
        assertEquals(7, net - (-1) + points, "others are already +7 after the poor is gone");
    }

    @Test
    @DisplayName("CR-8 CR-6 a revision to poor in a month at -5 only goes as far as -6")
    void revisionNegativeCap() {
        assertEquals(-1, Scoring.revisedPoints(1, -1, -4, CAP));
        assertEquals(0, Scoring.revisedPoints(0, -1, -6, CAP));
        assertEquals(-1, Scoring.revisedPoints(0, -2, -5, CAP));
    }
}
