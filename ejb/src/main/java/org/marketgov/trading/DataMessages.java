package org.marketgov.trading;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marketgov.persistence.trading.MessageKind;
import org.marketgov.persistence.trading.Party;
import org.marketgov.platform.RuleViolation;

/**
 * RISK-6: what the stored data messages of a trade mean under contract law. A message
 * is received when the other party first reads it. A withdrawal takes effect only if
 * it is received before or together with its offer; a revocation only if it is
 * received before the offeree sends an acceptance; an acceptance binds only an offer
 * that was neither withdrawn nor revoked, and only once it is received. The answers
 * are computed from the sent and read times alone, so anyone holding the record gets
 * the same ones.
 */
public final class DataMessages {

    private DataMessages() {
    }

    /** The facts of one message that the rules look at. */
    public record Facts(long id, Party from, MessageKind kind, Long offerId,
            OffsetDateTime sentAt, OffsetDateTime readAt) {
    }

    /** Whether a withdrawal, revocation or acceptance took effect. */
    public enum Outcome {
        EFFECTIVE,
        INEFFECTIVE,
        PENDING
    }

    /** The answer for one withdrawal, revocation or acceptance. */
    public record Finding(long messageId, MessageKind kind, long offerId, Outcome outcome,
            String answer) {
    }

    /**
     * RISK-6: the offer a new message answers. A withdrawal or revocation answers the
     * sender's own offer, an acceptance the other party's; without {@code offerId} the
     * latest such offer is meant. No fitting offer is a refusal.
     */
    public static long offerAnswered(MessageKind kind, Party from, Long offerId,
            List<Facts> earlier) {
        Party offeror = kind.takesBackOwnOffer() ? from : other(from);
        List<Facts> offers = earlier.stream()
                .filter(f -> f.kind() == MessageKind.OFFER && f.from() == offeror).toList();
        Optional<Facts> offer = offerId == null
                ? offers.stream().reduce((first, second) -> second)
                : offers.stream().filter(f -> f.id() == offerId).findFirst();
        return offer.map(Facts::id).orElseThrow(() -> new RuleViolation("RISK-6",
                "a " + kind + " must answer an OFFER sent by the "
                        + offeror.name().toLowerCase() + " on this trade"));
    }

    /** RISK-6: the findings for every withdrawal, revocation and acceptance, in order. */
    public static List<Finding> assess(List<Facts> messages) {
        Map<Long, Facts> byId = messages.stream()
                .collect(Collectors.toMap(Facts::id, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        for (Facts m : messages) {
            Facts offer = m.offerId() == null ? null : byId.get(m.offerId());
            if (offer == null) {
                continue;
            }
            findings.add(switch (m.kind()) {
                case WITHDRAWAL -> withdrawal(m, offer);
                case REVOCATION -> revocation(m, offer, acceptanceOf(offer, messages));
                case ACCEPTANCE -> acceptance(m, offer, messages);
                case OFFER -> throw new IllegalStateException("an offer answers no offer");
            });
        }
        return findings;
    }

    /**
     * RISK-6: the unit price an accepted offer fixes for a new trade. The offer must be
     * an OFFER of this trade naming a price, an acceptance of it must have taken effect
     * (received by the offeror, the offer neither withdrawn nor revoked in time), and no
     * trade may have been opened from it yet ({@code openedTrade} null).
     */
    public static BigDecimal agreedPrice(long offerId, BigDecimal offeredPrice,
            Long openedTrade, List<Facts> messages) {
        boolean isOffer = messages.stream()
                .anyMatch(m -> m.id() == offerId && m.kind() == MessageKind.OFFER);
        if (!isOffer) {
            throw new RuleViolation("RISK-6", "message " + offerId + " is not an offer");
        }
        if (offeredPrice == null) {
            throw new RuleViolation("RISK-6", "offer " + offerId + " names no price");
        }
        boolean accepted = assess(messages).stream()
                .anyMatch(f -> f.kind() == MessageKind.ACCEPTANCE && f.offerId() == offerId
                        && f.outcome() == Outcome.EFFECTIVE);
        if (!accepted) {
            throw new RuleViolation("RISK-6", "offer " + offerId + " has no acceptance that"
                    + " took effect: it is unanswered, withdrawn or revoked in time, or the"
                    + " offeror has not received the acceptance");
        }
        if (openedTrade != null) {
            throw new RuleViolation("RISK-6", "offer " + offerId + " already opened trade "
                    + openedTrade);
        }
        return offeredPrice;
    }

    private static Finding withdrawal(Facts w, Facts offer) {
        if (offer.readAt() != null && (w.readAt() == null || w.readAt().isAfter(offer.readAt()))) {
            return finding(w, offer, Outcome.INEFFECTIVE, "the withdrawal was not received"
                    + " before the offer was read, so the offer stands");
        }
        if (w.readAt() == null) {
            return finding(w, offer, Outcome.PENDING, "neither the withdrawal nor the offer"
                    + " has been received yet");
        }
        return finding(w, offer, Outcome.EFFECTIVE, "the withdrawal was received before"
                + " (or together with) the offer, so the offer never took effect");
    }

    private static Finding revocation(Facts r, Facts offer, Facts acceptance) {
        if (acceptance != null && (r.readAt() == null
                || !r.readAt().isBefore(acceptance.sentAt()))) {
            return finding(r, offer, Outcome.INEFFECTIVE, "the revocation was not received"
                    + " before the acceptance was sent, so it came too late");
        }
        if (r.readAt() == null) {
            return finding(r, offer, Outcome.PENDING, "the revocation has not been received"
                    + " yet and no acceptance was sent");
        }
        return finding(r, offer, Outcome.EFFECTIVE, "the revocation was received before any"
                + " acceptance was sent, so the offer is revoked");
    }

    private static Finding acceptance(Facts a, Facts offer, List<Facts> messages) {
        boolean takenBack = messages.stream()
                .filter(m -> offer.id() == orZero(m.offerId()) && m.kind().takesBackOwnOffer())
                .anyMatch(m -> (m.kind() == MessageKind.WITHDRAWAL
                        ? withdrawal(m, offer) : revocation(m, offer, a)).outcome()
                        == Outcome.EFFECTIVE);
        if (takenBack) {
            return finding(a, offer, Outcome.INEFFECTIVE, "the offer was withdrawn or revoked"
                    + " before this acceptance, so it binds nobody");
        }
        if (a.readAt() == null) {
            return finding(a, offer, Outcome.PENDING, "the acceptance has not been received"
                    + " by the offeror yet");
        }
        return finding(a, offer, Outcome.EFFECTIVE, "the acceptance was received by the"
                + " offeror, so the offer is accepted");
    }

    private static Facts acceptanceOf(Facts offer, List<Facts> messages) {
        return messages.stream()
                .filter(m -> m.kind() == MessageKind.ACCEPTANCE)
                .filter(m -> orZero(m.offerId()) == offer.id())
                .findFirst().orElse(null);
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private static Finding finding(Facts m, Facts offer, Outcome outcome, String answer) {
        return new Finding(m.id(), m.kind(), offer.id(), outcome, answer);
    }

    private static Party other(Party side) {
        return side == Party.BUYER ? Party.SELLER : Party.BUYER;
    }
}
