package org.marketgov.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.credit.CreditProfile;
import org.marketgov.persistence.credit.CreditRole;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.EvaluationWindow;
import org.marketgov.persistence.credit.NotScoredReason;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.persistence.credit.RatingDetails;
import org.marketgov.persistence.trading.Party;

class EvaluationEntityTest {

    private static final OffsetDateTime CREATED =
            OffsetDateTime.parse("2026-01-31T23:59:00+08:00");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-02-10T10:00:00+08:00");

    private static Evaluation fromBuyer(Rating rating) {
        return new Evaluation(new Evaluation.Subject(7, Party.BUYER, 1, 2, 3, CREATED,
                "2026-01"),
                new Evaluation.Opinion(rating, "fine", new RatingDetails.Marks(5, 4, 3, 2, null,
                        null)), false, NOW);
    }

    @Test
    @DisplayName("CR-1 a buyer's evaluation rates the seller in the seller role, with details")
    void buyerRatesSeller() {
        Evaluation e = fromBuyer(Rating.PRAISE);

        assertEquals(CreditRole.SELLER, e.ratedRole());
        assertEquals(2, e.ratedId());
        assertEquals(5, e.marks().goodsQuality());
        assertThrows(IllegalArgumentException.class, () -> new RatingDetails(
                new RatingDetails.Marks(6, null, null, null, null, null)));
    }

    @Test
    @DisplayName("CR-4 a sealed evaluation is not scored and cannot be revised; reveal happens"
            + " once")
    void sealed() {
        Evaluation e = fromBuyer(Rating.PRAISE);

        assertFalse(e.isVisible());
        assertThrows(IllegalStateException.class,
                () -> e.score(true, null, 1, LocalDate.of(2026, 2, 10)));
        assertThrows(IllegalStateException.class, () -> e.revise(Rating.POOR, null, -1));
        e.reveal(NOW);
        assertThrows(IllegalStateException.class, () -> e.reveal(NOW));
    }

    @Test
    @DisplayName("CR-8 a visible evaluation changes once: after a revision it cannot be deleted")
    void reviseOnce() {
        Evaluation e = fromBuyer(Rating.POOR);
        e.reveal(NOW);
        e.score(true, null, -1, LocalDate.of(2026, 2, 10));

        e.revise(Rating.PRAISE, "sorted out", 1);

        assertEquals(1, e.points());
        assertTrue(e.scored());
        assertThrows(IllegalStateException.class, () -> e.delete(NOW));
    }

    @Test
    @DisplayName("CR-8 a not-scored evaluation stays at 0 points when revised")
    void reviseNotScored() {
        Evaluation e = fromBuyer(Rating.PRAISE);
        e.reveal(NOW);
        e.score(false, NotScoredReason.MONTHLY_CAP, 1, LocalDate.of(2026, 2, 10));

        e.revise(Rating.POOR, null, -1);

        assertEquals(0, e.points());
        assertEquals(NotScoredReason.MONTHLY_CAP, e.notScoredReason());
    }

    @Test
    @DisplayName("CR-11 STAFF removal takes the points; a removed evaluation cannot be explained")
    void removal() {
        Evaluation e = fromBuyer(Rating.POOR);
        e.reveal(NOW);
        e.score(true, null, -1, LocalDate.of(2026, 2, 10));

        e.remove("malicious, complaint upheld", NOW);

        assertEquals(0, e.points());
        assertTrue(e.isGone());
        assertThrows(IllegalStateException.class, () -> e.explain("no", NOW));
    }

    @Test
    @DisplayName("CR-5 a window closes exactly once")
    void windowClosesOnce() {
        EvaluationWindow w = new EvaluationWindow(new EvaluationWindow.Trade(7, 1, 2, 3,
                CREATED, "2026-01", NOW), NOW.plusDays(15), false);

        w.close(NOW.plusDays(15));

        assertTrue(w.closed());
        assertThrows(IllegalStateException.class, () -> w.close(NOW.plusDays(16)));
    }

    @Test
    @DisplayName("CR-10 a profile counts scored ratings and takes them back without drift")
    void profileCounts() {
        CreditProfile p = new CreditProfile(2, CreditRole.SELLER);

        p.count(Rating.PRAISE, 1, 1);
        p.count(Rating.POOR, -1, 1);
        p.count(Rating.POOR, -1, -1);
        p.count(Rating.PRAISE, 1, 1);

        assertEquals(2, p.score());
        assertEquals(2, p.praise());
        assertEquals(0, p.poor());
    }
}
