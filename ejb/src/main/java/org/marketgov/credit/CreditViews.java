package org.marketgov.credit;

import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.persistence.credit.FlagKind;
import org.marketgov.persistence.credit.NotScoredReason;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.persistence.credit.RatingDetails;
import org.marketgov.persistence.trading.Party;

/** What the credit boundary hands out. */
public final class CreditViews {

    private CreditViews() {
    }

    /** CR-1: the answer to a submission; {@code visible} once both sides have evaluated. */
    public record EvaluationReceipt(long id, Rating rating, boolean visible) {
    }

    /** A visible evaluation as the trade's parties and STAFF see it. */
    public record EvaluationView(long id, long tradeId, Party from, Rating rating, int points,
            boolean scored, NotScoredReason notScoredReason, boolean byDefault, String comment,
            RatingDetails.Marks details, OffsetDateTime visibleAt, boolean revised,
            String explanation) {
    }

    /** CR-10: the four level icons. */
    public enum LevelTier {
        HEART,
        DIAMOND,
        CROWN,
        GOLD_CROWN
    }

    /** CR-10: a level icon, one to five of a tier. */
    public record Level(LevelTier tier, int count) {
    }

    /** Scored praise, neutral and poor ratings. */
    public record Tally(long praise, long neutral, long poor) {

        public static final Tally NONE = new Tally(0, 0, 0);

        Tally plus(Tally t) {
            return new Tally(praise + t.praise, neutral + t.neutral, poor + t.poor);
        }

        Tally minus(Tally t) {
            return new Tally(praise - t.praise, neutral - t.neutral, poor - t.poor);
        }
    }

    /** CR-10: the ratings of the last week, month, six months, and before. */
    public record Counts(Tally week, Tally month, Tally halfYear, Tally older) {
    }

    /** CR-10: a member's credit in one role. */
    public record Profile(long score, Double praiseRate, Level level, Counts counts) {
    }

    /** CR-10: a member's credit as seller and as buyer. */
    public record CreditSummary(long memberId, Profile seller, Profile buyer) {
    }

    /** CR-11: a sign of credit speculation for STAFF. */
    public record FlagView(long id, FlagKind kind, Long tradeId, long memberId,
            Long otherMemberId, String detail, OffsetDateTime raisedAt,
            OffsetDateTime clearedAt, String clearedBy) {
    }

    /** A page of flags. */
    public record FlagPage(List<FlagView> items, long total) {
    }
}
