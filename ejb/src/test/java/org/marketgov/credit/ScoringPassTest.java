package org.marketgov.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.credit.ScoringPass.ProfileKey;
import org.marketgov.persistence.credit.CreditMonth;
import org.marketgov.persistence.credit.CreditProfile;
import org.marketgov.persistence.credit.CreditRole;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.persistence.credit.RatingDetails;
import org.marketgov.persistence.trading.Party;

class ScoringPassTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-03-10T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 30);

    /** Rows the pass creates are only collected here; nothing is stored. */
    private final List<Object> added = new ArrayList<>();
    private final CreditBook books = new CreditBook() {
        @Override
        <T> T add(T row) {
            added.add(row);
            return row;
        }
    };

    private static Evaluation praise(long id, long listing, OffsetDateTime tradeCreated) {
        Evaluation e = new Evaluation(new Evaluation.Subject(id, Party.BUYER, 1, 2, listing,
                tradeCreated, "2026-03"), new Evaluation.Opinion(Rating.PRAISE, null,
                RatingDetails.Marks.NONE), false, tradeCreated.plusDays(3));
        try {
            Field field = Evaluation.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(e, id);
        } catch (ReflectiveOperationException impossible) {
            throw new AssertionError(impossible);
        }
        e.reveal(tradeCreated.plusDays(5));
        return e;
    }

    private ScoringPass pass(Map<ProfileKey, CreditProfile> profiles) {
        return new ScoringPass(books, DAY, profiles, List.of(), List.of(), List.of());
    }

    @Test
    @DisplayName("CR-7 a praise scored earlier in the same pass keeps a praise on the same"
            + " goods less than 14 days apart from scoring; other goods or 14 days do not")
    void sameGoodsWithinOnePass() {
        CreditProfile seller = new CreditProfile(2, CreditRole.SELLER);
        ScoringPass pass = pass(new HashMap<>(Map.of(new ProfileKey(2, CreditRole.SELLER),
                seller)));
        Evaluation first = praise(10, 500, CREATED);
        first.score(true, null, 1, DAY);

        pass.count(first);

        assertTrue(pass.sameGoodsScored(praise(11, 500, CREATED.plusDays(13)), 14));
        assertFalse(pass.sameGoodsScored(praise(12, 500, CREATED.plusDays(14)), 14));
        assertFalse(pass.sameGoodsScored(praise(13, 501, CREATED.plusDays(1)), 14));
        assertFalse(pass.sameGoodsScored(first, 14));
        assertEquals(1, seller.praise());
        assertEquals(1, seller.score());
    }

    @Test
    @DisplayName("CR-6 CR-10 a missing month or day row is created once and then reused")
    void missingRowsCreatedOnce() {
        CreditProfile seller = new CreditProfile(2, CreditRole.SELLER);
        ScoringPass pass = pass(new HashMap<>(Map.of(new ProfileKey(2, CreditRole.SELLER),
                seller)));
        Evaluation a = praise(20, 500, CREATED);
        Evaluation b = praise(21, 600, CREATED);

        CreditMonth month = pass.month(a);
        month.add(1);
        a.score(true, null, 1, DAY);
        pass.count(a);
        b.score(true, null, 1, DAY);
        pass.count(b);

        assertSame(month, pass.month(b));
        assertEquals(1, pass.month(b).net());
        assertEquals(2, added.size());
        assertEquals(2, seller.praise());
    }

    @Test
    @DisplayName("CR-10 counting for a profile the pass did not lock is refused")
    void unlockedProfileRefused() {
        ScoringPass pass = pass(new HashMap<>());
        Evaluation e = praise(30, 500, CREATED);
        e.score(true, null, 1, DAY);

        assertThrows(IllegalStateException.class, () -> pass.count(e));
    }

    @Test
    @DisplayName("CR-4 CR-6 reveals of one profile keep their order even when a clock is"
            + " behind the last reveal")
    void revealsKeepTheirOrder() {
        CreditProfile p = new CreditProfile(2, CreditRole.SELLER);
        OffsetDateTime now = CREATED.plusDays(20);

        OffsetDateTime first = p.nextRevealAt(now);
        p.revealed(first);
        OffsetDateTime sameMoment = p.nextRevealAt(now);
        p.revealed(sameMoment);
        OffsetDateTime behind = p.nextRevealAt(now.minusSeconds(5));
        p.revealed(behind);

        assertEquals(now, first);
        assertEquals(now.plusNanos(1_000_000), sameMoment);
        assertEquals(now.plusNanos(2_000_000), behind);
        assertEquals(now.plusSeconds(1), p.nextRevealAt(now.plusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> p.revealed(now));
    }
}
