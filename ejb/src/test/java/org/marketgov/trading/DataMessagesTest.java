package org.marketgov.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.trading.MessageKind;
import org.marketgov.persistence.trading.Party;
import org.marketgov.platform.RuleViolation;
import org.marketgov.trading.DataMessages.Facts;
import org.marketgov.trading.DataMessages.Outcome;

class DataMessagesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0,
            ZoneOffset.UTC);

    private static OffsetDateTime at(int minute) {
        return minute < 0 ? null : T0.plusMinutes(minute);
    }

    private static Facts offer(long id, int sent, int read) {
        return new Facts(id, Party.SELLER, MessageKind.OFFER, null, at(sent), at(read));
    }

    private static Facts answer(long id, Party from, MessageKind kind, long offer, int sent,
            int read) {
        return new Facts(id, from, kind, offer, at(sent), at(read));
    }

    private static Outcome outcomeOf(long id, List<Facts> messages) {
        return DataMessages.assess(messages).stream().filter(f -> f.messageId() == id)
                .findFirst().orElseThrow().outcome();
    }

    @Test
    @DisplayName("RISK-6 a withdrawal received before the offer was read takes effect")
    void withdrawalFirst() {
        List<Facts> m = List.of(offer(1, 0, 10),
                answer(2, Party.SELLER, MessageKind.WITHDRAWAL, 1, 1, 5));

        assertEquals(Outcome.EFFECTIVE, outcomeOf(2, m));
    }

    @Test
    @DisplayName("RISK-6 a withdrawal received together with the offer still takes effect")
    void withdrawalTogether() {
        List<Facts> m = List.of(offer(1, 0, 5),
                answer(2, Party.SELLER, MessageKind.WITHDRAWAL, 1, 1, 5));

        assertEquals(Outcome.EFFECTIVE, outcomeOf(2, m));
    }

    @Test
    @DisplayName("RISK-6 a withdrawal received after the offer was read, or never, is too late")
    void withdrawalLate() {
        assertEquals(Outcome.INEFFECTIVE, outcomeOf(2, List.of(offer(1, 0, 3),
                answer(2, Party.SELLER, MessageKind.WITHDRAWAL, 1, 1, 4))));
        assertEquals(Outcome.INEFFECTIVE, outcomeOf(2, List.of(offer(1, 0, 3),
                answer(2, Party.SELLER, MessageKind.WITHDRAWAL, 1, 1, -1))));
        assertEquals(Outcome.PENDING, outcomeOf(2, List.of(offer(1, 0, -1),
                answer(2, Party.SELLER, MessageKind.WITHDRAWAL, 1, 1, -1))));
    }

    @Test
    @DisplayName("RISK-6 a revocation received before the acceptance was sent revokes the offer")
    void revocationInTime() {
        List<Facts> m = List.of(offer(1, 0, 1),
                answer(2, Party.SELLER, MessageKind.REVOCATION, 1, 2, 3),
                answer(3, Party.BUYER, MessageKind.ACCEPTANCE, 1, 4, 5));

        assertEquals(Outcome.EFFECTIVE, outcomeOf(2, m));
        assertEquals(Outcome.INEFFECTIVE, outcomeOf(3, m));
    }

    @Test
    @DisplayName("RISK-6 a revocation received after the acceptance was sent comes too late")
    void revocationLate() {
        List<Facts> m = List.of(offer(1, 0, 1),
                answer(2, Party.SELLER, MessageKind.REVOCATION, 1, 2, 6),
                answer(3, Party.BUYER, MessageKind.ACCEPTANCE, 1, 4, 5));

        assertEquals(Outcome.INEFFECTIVE, outcomeOf(2, m));
        assertEquals(Outcome.EFFECTIVE, outcomeOf(3, m));
    }

    @Test
    @DisplayName("RISK-6 an acceptance binds once received; an unread revocation waits")
    void pendingStates() {
        assertEquals(Outcome.PENDING, outcomeOf(3, List.of(offer(1, 0, 1),
                answer(3, Party.BUYER, MessageKind.ACCEPTANCE, 1, 4, -1))));
        assertEquals(Outcome.PENDING, outcomeOf(2, List.of(offer(1, 0, 1),
                answer(2, Party.SELLER, MessageKind.REVOCATION, 1, 2, -1))));
    }

    @Test
    @DisplayName("RISK-6 a withdrawal takes back the sender's own offer; an acceptance the other's")
    void offerAnswered() {
        List<Facts> earlier = List.of(offer(1, 0, -1), offer(4, 2, -1),
                new Facts(6, Party.BUYER, MessageKind.OFFER, null, at(3), null));

        assertEquals(4, DataMessages.offerAnswered(MessageKind.WITHDRAWAL, Party.SELLER, null,
                earlier));
        assertEquals(1, DataMessages.offerAnswered(MessageKind.REVOCATION, Party.SELLER, 1L,
                earlier));
        assertEquals(4, DataMessages.offerAnswered(MessageKind.ACCEPTANCE, Party.BUYER, null,
                earlier));
        assertEquals(6, DataMessages.offerAnswered(MessageKind.ACCEPTANCE, Party.SELLER, null,
                earlier));
        assertEquals("RISK-6", assertThrows(RuleViolation.class, () -> DataMessages
                .offerAnswered(MessageKind.ACCEPTANCE, Party.BUYER, 6L, earlier)).rule());
        assertEquals("RISK-6", assertThrows(RuleViolation.class, () -> DataMessages
                .offerAnswered(MessageKind.WITHDRAWAL, Party.BUYER, 1L, earlier)).rule());
        assertEquals("RISK-6", assertThrows(RuleViolation.class, () -> DataMessages
                .offerAnswered(MessageKind.ACCEPTANCE, Party.BUYER, null, List.of())).rule());
    }

    private static final BigDecimal AGREED = new BigDecimal("90.00");

    private static String refusal(long offerId, BigDecimal price, Long opened,
            List<Facts> messages) {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> DataMessages.agreedPrice(offerId, price, opened, messages));
        assertEquals("RISK-6", refused.rule());
        return refused.getMessage();
    }

    @Test
    @DisplayName("RISK-6 an offer whose acceptance was received fixes the price of a new trade")
    void acceptedOfferFixesPrice() {
        List<Facts> m = List.of(offer(1, 0, 1),
                answer(2, Party.BUYER, MessageKind.ACCEPTANCE, 1, 2, 3));

        assertEquals(AGREED, DataMessages.agreedPrice(1, AGREED, null, m));
    }

    @Test
    @DisplayName("RISK-6 an unanswered offer or an acceptance not yet received makes no trade")
    void unacceptedOfferRefused() {
        refusal(1, AGREED, null, List.of(offer(1, 0, 1)));
        refusal(1, AGREED, null, List.of(offer(1, 0, 1),
                answer(2, Party.BUYER, MessageKind.ACCEPTANCE, 1, 2, -1)));
    }

    @Test
    @DisplayName("RISK-6 an offer withdrawn or revoked in time makes no trade")
    void takenBackOfferRefused() {
        refusal(1, AGREED, null, List.of(offer(1, 0, 10),
                answer(2, Party.SELLER, MessageKind.WITHDRAWAL, 1, 1, 5),
                answer(3, Party.BUYER, MessageKind.ACCEPTANCE, 1, 11, 12)));
        refusal(1, AGREED, null, List.of(offer(1, 0, 1),
                answer(2, Party.SELLER, MessageKind.REVOCATION, 1, 2, 3),
                answer(3, Party.BUYER, MessageKind.ACCEPTANCE, 1, 4, 5)));
    }

    @Test
    @DisplayName("RISK-6 a late revocation does not stop the accepted offer from making a trade")
    void lateRevocationIgnored() {
        List<Facts> m = List.of(offer(1, 0, 1),
                answer(2, Party.SELLER, MessageKind.REVOCATION, 1, 2, 6),
                answer(3, Party.BUYER, MessageKind.ACCEPTANCE, 1, 4, 5));

        assertEquals(AGREED, DataMessages.agreedPrice(1, AGREED, null, m));
    }

    @Test
    @DisplayName("RISK-6 an offer opens one trade only, names a price, and must be an offer")
    void usedPricelessOrNotAnOffer() {
        List<Facts> m = List.of(offer(1, 0, 1),
                answer(2, Party.BUYER, MessageKind.ACCEPTANCE, 1, 2, 3));

        assertEquals("offer 1 already opened trade 77", refusal(1, AGREED, 77L, m));
        assertEquals("offer 1 names no price", refusal(1, null, null, m));
        assertEquals("message 2 is not an offer", refusal(2, AGREED, null, m));
        assertEquals("message 9 is not an offer", refusal(9, AGREED, null, m));
    }
}
