package org.marketgov.trading;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.marketgov.persistence.trading.DisputeForum;
import org.marketgov.persistence.trading.PaymentMethod;

/**
 * RISK-5: the contract template and the contract's canonical form. The template is
 * versioned: a contract keeps the version it was generated from, and a changed
 * template gets a new number instead of altering contracts already signed. The
 * canonical bytes are the text in Unicode NFC with {@code \n} line ends, in UTF-8;
 * they are what is hashed (SHA-256) and what each party signs. Version 2 added the
 * reference to an accepted offer (RISK-6) to the price clause.
 */
public final class ContractTemplate {

    /** The version of the template below. */
    public static final int VERSION = 2;

    /** RISK-5: the law every contract of this site is governed by. */
    public static final String APPLICABLE_LAW = "the laws of the People's Republic of China";

    private ContractTemplate() {
    }

    /** One side of the contract as it is named in the text. */
    public record Side(long memberId, String name, String kind, String verification) {
    }

    /**
     * Everything the template needs; all values come from the trade as it opened.
     * {@code offerId} names the accepted offer that fixed the price (RISK-6), or is null.
     */
    public record Terms(long tradeId, OffsetDateTime openedAt, Side buyer, Side seller,
            String goods, int quantity, BigDecimal unitPrice, BigDecimal amount,
            PaymentMethod paymentMethod, DisputeForum forum, Long offerId) {

        /** The terms of a trade at the listed price. */
        public Terms(long tradeId, OffsetDateTime openedAt, Side buyer, Side seller,
                String goods, int quantity, BigDecimal unitPrice, BigDecimal amount,
                PaymentMethod paymentMethod, DisputeForum forum) {
            this(tradeId, openedAt, buyer, seller, goods, quantity, unitPrice, amount,
                    paymentMethod, forum, null);
        }
    }

    /** The contract text for these terms. */
    public static String render(Terms t) {
        String forum = t.forum() == DisputeForum.COURT
                ? "the people's court at the seller's domicile"
                : "arbitration by an arbitration commission at the seller's domicile";
        return String.join("\n",
                "SALES CONTRACT (template version " + VERSION + ")",
                "Trade: " + t.tradeId() + ", opened "
                        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                t.openedAt().withOffsetSameInstant(ZoneOffset.UTC)),
                "1. Parties",
                "Seller: " + side(t.seller()),
                "Buyer: " + side(t.buyer()),
                "2. Goods: " + t.goods() + ", quantity " + t.quantity(),
                "3. Price: " + t.unitPrice().toPlainString() + " CNY each, "
                        + t.amount().toPlainString() + " CNY in total"
                        + (t.offerId() == null ? "" : ", as agreed by the accepted offer"
                                + " (data message " + t.offerId() + ")"),
                "4. Payment: " + payment(t.paymentMethod()),
                "5. Delivery: the seller ships the goods by a carrier and records the"
                        + " tracking number; the buyer confirms receipt, or the trade"
                        + " completes automatically after the site's period",
                "6. Disputes: the parties first seek mediation by the site; failing"
                        + " that, a dispute is decided by " + forum,
                "7. Applicable law: " + APPLICABLE_LAW,
                "8. Both parties sign this text electronically; a signature covers"
                        + " exactly these words.",
                "");
    }

    private static String side(Side s) {
        return s.name() + " (member " + s.memberId() + ", " + s.kind() + ", real-name "
                + s.verification() + ")";
    }

    private static String payment(PaymentMethod method) {
        return switch (method) {
            case ESCROW -> "ESCROW, held by the site until the buyer confirms receipt";
            case CASH_ON_DELIVERY -> "CASH_ON_DELIVERY, paid to the carrier on delivery";
            case BANK_TRANSFER -> "BANK_TRANSFER, paid directly to the seller's account";
        };
    }

    /** The bytes that are hashed and signed. */
    public static byte[] canonicalBytes(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The SHA-256 of the canonical bytes, in lower-case hex. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalBytes(text)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
