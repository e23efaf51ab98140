package org.marketgov.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.trading.ContractSignature;
import org.marketgov.persistence.trading.DisputeForum;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.PaymentMethod;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.RuleViolation;

class ContractSigningTest {

    private static final ContractTemplate.Terms TERMS = new ContractTemplate.Terms(1050L,
            OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)),
            new ContractTemplate.Side(7L, "Wang", "PERSON", "UNVERIFIED"),
            new ContractTemplate.Side(5L, "Harbor Tea Co.", "BUSINESS", "VERIFIED"),
            "Green tea", 2, new BigDecimal("35.00"), new BigDecimal("70.00"),
            PaymentMethod.ESCROW, DisputeForum.ARBITRATION);

    private static final String TEXT = ContractTemplate.render(TERMS);

    @Test
    @DisplayName("RISK-5 the contract names parties, goods, price, payment, delivery, forum, law")
    void templateCarriesEveryTerm() {
        assertTrue(TEXT.contains("template version " + ContractTemplate.VERSION));
        assertTrue(TEXT.contains("Seller: Harbor Tea Co. (member 5, BUSINESS"), TEXT);
        assertTrue(TEXT.contains("Buyer: Wang (member 7"), TEXT);
        assertTrue(TEXT.contains("Green tea, quantity 2"));
        assertTrue(TEXT.contains("35.00 CNY each, 70.00 CNY in total"));
        assertTrue(TEXT.contains("Payment: ESCROW"));
        assertTrue(TEXT.contains("Delivery:"));
        assertTrue(TEXT.contains("arbitration"));
        assertTrue(TEXT.contains(ContractTemplate.APPLICABLE_LAW));
        assertTrue(TEXT.contains("2026-03-01T01:30:00Z"), "times are written in UTC");
    }

    @Test
    @DisplayName("RISK-5 the hash covers canonical bytes: line ends and Unicode forms do not count")
    void canonicalHash() {
        String decomposed = "Cafe\u0301\r\nline";
        String composed = "Caf\u00e9\nline";

        assertEquals(ContractTemplate.hash(composed), ContractTemplate.hash(decomposed));
        assertEquals(64, ContractTemplate.hash(TEXT).length());
        assertEquals(ContractTemplate.hash(TEXT), ContractTemplate.hash(ContractTemplate.render(
                TERMS)));
        assertNotEquals(ContractTemplate.hash(TEXT), ContractTemplate.hash(TEXT + " "));
    }

    @Test
    @DisplayName("RISK-5 a signature made with the member's key verifies with the public key")
    void signAndVerify() {
        ContractSigning.IssuedKey key = ContractSigning.issue();

        String signature = ContractSigning.sign(TEXT, key.privateKey());

        assertTrue(ContractSigning.verify(TEXT, signature, key.publicKey()));
    }

    @Test
    @DisplayName("RISK-5 an altered text no longer verifies")
    void alteredTextFails() {
        ContractSigning.IssuedKey key = ContractSigning.issue();
        String signature = ContractSigning.sign(TEXT, key.privateKey());

        assertFalse(ContractSigning.verify(TEXT.replace("70.00", "7.00"), signature,
                key.publicKey()));
    }

    @Test
    @DisplayName("RISK-5 a forged signature, another member's key or garbage never verify")
    void forgeriesFail() {
        ContractSigning.IssuedKey key = ContractSigning.issue();
        ContractSigning.IssuedKey other = ContractSigning.issue();
        String signature = ContractSigning.sign(TEXT, key.privateKey());
        byte[] forged = Base64.getDecoder().decode(signature);
        forged[forged.length - 1] ^= 0x01;

        assertFalse(ContractSigning.verify(TEXT, Base64.getEncoder().encodeToString(forged),
                key.publicKey()));
        assertFalse(ContractSigning.verify(TEXT, ContractSigning.sign(TEXT, other.privateKey()),
                key.publicKey()));
        assertFalse(ContractSigning.verify(TEXT, signature, other.publicKey()));
        assertFalse(ContractSigning.verify(TEXT, "not base64!", key.publicKey()));
        assertFalse(ContractSigning.verify(TEXT, signature, "AAAA"));
        assertFalse(ContractSigning.verify(TEXT, null, key.publicKey()));
    }

    @Test
    @DisplayName("RISK-5 each side signs once, and never the contract of a cancelled trade")
    void signingRules() {
        Set<Party> sellerSigned = EnumSet.of(Party.SELLER);

        ContractRules.requireMaySign(TradeStatus.CREATED, Party.BUYER, sellerSigned);
        ContractRules.requireMaySign(TradeStatus.COMPLETED, Party.BUYER, sellerSigned);
        assertEquals("RISK-5", assertThrows(RuleViolation.class, () -> ContractRules
                .requireMaySign(TradeStatus.PAID, Party.SELLER, sellerSigned)).rule());
        assertEquals("RISK-5", assertThrows(RuleViolation.class, () -> ContractRules
                .requireMaySign(TradeStatus.CANCELLED, Party.BUYER, Set.of())).rule());
    }

    @Test
    @DisplayName("RISK-5 above the RISK-2 threshold payment needs both signatures; at it, none")
    void paymentNeedsSignaturesAboveThreshold() {
        BigDecimal threshold = new BigDecimal("10000.00");
        BigDecimal above = new BigDecimal("10000.01");

        ContractRules.requireSignedForPayment(threshold, threshold, Set.of());
        ContractRules.requireSignedForPayment(above, threshold, EnumSet.allOf(Party.class));
        assertEquals("RISK-5", assertThrows(RuleViolation.class, () -> ContractRules
                .requireSignedForPayment(above, threshold, EnumSet.of(Party.BUYER))).rule());
        assertEquals("RISK-5", assertThrows(RuleViolation.class, () -> ContractRules
                .requireSignedForPayment(above, threshold, Set.of())).rule());
    }

    @Test
    @DisplayName("RISK-6 a contract from an accepted offer names the offer in its price clause")
    void contractNamesAcceptedOffer() {
        ContractTemplate.Terms fromOffer = new ContractTemplate.Terms(TERMS.tradeId(),
                TERMS.openedAt(), TERMS.buyer(), TERMS.seller(), TERMS.goods(),
                TERMS.quantity(), TERMS.unitPrice(), TERMS.amount(), TERMS.paymentMethod(),
                TERMS.forum(), 4321L);

        String text = ContractTemplate.render(fromOffer);

        assertTrue(text.contains("70.00 CNY in total, as agreed by the accepted offer"
                + " (data message 4321)"), text);
        assertFalse(TEXT.contains("accepted offer"), TEXT);
    }

    private static ContractSignature signed(Party side, long member, ContractSigning.IssuedKey k) {
        return new ContractSignature(1L, new ContractSignature.Signed(side, member,
                ContractSigning.ALGORITHM, k.publicKey(), ContractSigning.sign(TEXT,
                        k.privateKey()), TERMS.openedAt()));
    }

    @Test
    @DisplayName("RISK-5 a signature counts only with the key the site issued to the side's member")
    void issuedKeysOnly() {
        ContractSigning.IssuedKey buyerKey = ContractSigning.issue();
        ContractSigning.IssuedKey sellerKey = ContractSigning.issue();
        Map<Party, Long> members = Map.of(Party.BUYER, 7L, Party.SELLER, 5L);
        Map<Long, String> issued = Map.of(7L, buyerKey.publicKey(), 5L, sellerKey.publicKey());

        Set<Party> both = ContractRules.signedSides(TEXT, List.of(signed(Party.BUYER, 7L,
                buyerKey), signed(Party.SELLER, 5L, sellerKey)), members, issued);

        assertEquals(EnumSet.allOf(Party.class), both);
    }

    @Test
    @DisplayName("RISK-5 forge: a row signed with a self-made key pair verifies but does not count")
    void selfMadeKeyIsForgery() {
        ContractSigning.IssuedKey buyerKey = ContractSigning.issue();
        ContractSigning.IssuedKey sellerKey = ContractSigning.issue();
        ContractSigning.IssuedKey selfMade = ContractSigning.issue();
        Map<Party, Long> members = Map.of(Party.BUYER, 7L, Party.SELLER, 5L);
        Map<Long, String> issued = Map.of(7L, buyerKey.publicKey(), 5L, sellerKey.publicKey());
        ContractSignature forged = signed(Party.SELLER, 5L, selfMade);
        ContractSignature buyer = signed(Party.BUYER, 7L, buyerKey);

        Set<Party> sides = ContractRules.signedSides(TEXT, List.of(buyer, forged), members,
                issued);

        assertTrue(ContractSigning.verify(TEXT, forged.signature(), forged.publicKey()),
                "the forgery is mathematically sound");
        assertEquals(EnumSet.of(Party.BUYER), sides);
        assertFalse(ContractRules.counts(TEXT, forged, 5L, sellerKey.publicKey()));
        assertFalse(ContractRules.counts(TEXT, forged, 5L, null), "no key issued, none counts");
        assertEquals("RISK-5", assertThrows(RuleViolation.class, () -> ContractRules
                .requireSignedForPayment(new BigDecimal("20000.00"), new BigDecimal("10000.00"),
                        sides)).rule());
    }

    @Test
    @DisplayName("RISK-5 forge: a side signed by a member who does not play it does not count")
    void wrongMemberForSide() {
        ContractSigning.IssuedKey buyerKey = ContractSigning.issue();
        ContractSigning.IssuedKey strangerKey = ContractSigning.issue();
        Map<Party, Long> members = Map.of(Party.BUYER, 7L, Party.SELLER, 5L);
        Map<Long, String> issued = Map.of(7L, buyerKey.publicKey(), 9L, strangerKey.publicKey());

        Set<Party> sides = ContractRules.signedSides(TEXT, List.of(signed(Party.SELLER, 9L,
                strangerKey), signed(Party.SELLER, 7L, buyerKey)), members, issued);

        assertEquals(EnumSet.noneOf(Party.class), sides);
    }
}
