package org.marketgov.trading;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.marketgov.membership.MemberViews.TradingStanding;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.trading.DisputeForum;
import org.marketgov.persistence.trading.Listing;
import org.marketgov.persistence.trading.PaymentMethod;
import org.marketgov.persistence.trading.Trade;
import org.marketgov.persistence.trading.TradeContract;
import org.marketgov.persistence.trading.TradeEventType;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.trading.TradeRecord.Payload;

/**
 * The steps every trade opening shares, whether on a listing at its listed price or
 * from an accepted offer at the agreed price (RISK-6): the amount is checked against
 * the buyer's limit (MEM-2) and the payment methods it allows (RISK-2), a limited stock
 * gives up the quantity, and the trade is stored with the first entries of its record
 * (RISK-4) and its contract (RISK-5). It checks no roles; only {@link TradingDesk},
 * which has, reaches it.
 */
@Dependent
class TradeOpenings {

    /** The actor named in the record when the site itself acts. */
    private static final String SITE = TradeAutoCompletion.SITE;

    @EJB
    private MembershipDesk membership;

    @EJB
    private SiteSettings settings;

    @Inject
    private TradeBook book;

    @Inject
    private ContractBook contracts;

    /** What a trade opens on; {@code offerId} is the accepted offer (RISK-6), or null. */
    record Terms(Listing listing, TradingStanding buyer, int quantity, BigDecimal unitPrice,
            PaymentMethod method, DisputeForum forum, Long offerId) {
    }

    /** Opens a trade on these terms, acted by {@code actor}. */
    Trade open(Terms t, String actor, OffsetDateTime now) {
        Listing listing = t.listing();
        long buyerId = t.buyer().memberId();
        BigDecimal amount = allowedAmount(t.unitPrice(), t.quantity(), t.method(), t.buyer());

        if (listing.stock() != null) {
            book.lockStock(listing);
        }
        TradeRules.requireInStock(listing.stock(), t.quantity());
        listing.take(t.quantity());

        Trade.Opening opening = new Trade.Opening(listing.id(), buyerId, listing.sellerId(),
                listing.title(), t.quantity(), t.unitPrice(), listing.price(), amount, t.method(),
                now);
        Trade trade = t.offerId() == null ? new Trade(opening) : new Trade(opening, t.offerId());
        book.add(trade);

        Payload opened = new Payload().with("listingId", listing.id())
                .with("title", listing.title()).with("section", listing.section())
                .with("unitPrice", t.unitPrice()).with("quantity", t.quantity())
                .with("amount", amount).with("paymentMethod", t.method())
                .with("buyerId", buyerId).with("buyerVerification", t.buyer().verification())
                .with("sellerId", listing.sellerId());
        if (t.offerId() != null) {
            opened.with("offerId", t.offerId()).with("listedPrice", listing.price());
        }
        book.append(trade, TradeEventType.OPENED, actor, opened, now);
        TradeContract contract = contracts.draft(trade, t.forum(),
                membership.publicIdentity(buyerId), membership.publicIdentity(listing.sellerId()));
        book.append(trade, TradeEventType.CONTRACT_GENERATED, SITE, new Payload()
                .with("templateVersion", contract.templateVersion())
                .with("disputeForum", contract.disputeForum())
                .with("contractHash", contract.hash()), now);
        return trade;
    }

    /** MEM-2, RISK-2: the amount of a trade, once the buyer's limit and the method allow it. */
    private BigDecimal allowedAmount(BigDecimal price, int quantity, PaymentMethod method,
            TradingStanding buyer) {
        BigDecimal amount = TradeRules.amount(price, quantity);
        if (amount.compareTo(TradeRules.MAX_AMOUNT) > 0) {
            throw InvalidInput.of("quantity", "the amount would exceed "
                    + TradeRules.MAX_AMOUNT.toPlainString());
        }
        TradeRules.requireWithinBuyerLimit(amount, buyer.tradeLimit());
        TradeRules.requirePaymentAllowed(amount, method,
                settings.amount(SettingKey.ESCROW_ONLY_ABOVE));
        return amount;
    }
}
