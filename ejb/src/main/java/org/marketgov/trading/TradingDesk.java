package org.marketgov.trading;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.credit.CreditLedger;
import org.marketgov.membership.MemberViews.TradingStanding;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.trading.Listing;
import org.marketgov.persistence.trading.ListingStatus;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.Section;
import org.marketgov.persistence.trading.Trade;
import org.marketgov.persistence.trading.TradeAction;
import org.marketgov.persistence.trading.TradeEventType;
import org.marketgov.persistence.trading.TradeMessage;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.Roles;
import org.marketgov.trading.TradeParties.Mine;
import org.marketgov.trading.TradeRecord.Payload;
import org.marketgov.trading.TradeViews.Disclosure;
import org.marketgov.trading.TradeViews.ListingView;
import org.marketgov.trading.TradeViews.RecordEntry;
import org.marketgov.trading.TradeViews.TradeRecordView;
import org.marketgov.trading.TradeViews.TradeView;

/**
 * The trading boundary (RISK-1..5). Members act as themselves: the buyer and seller
 * of a trade are found from the caller's principal, and a trade the caller is no party
 * to is reported as not found. STAFF may read any trade and its record. Every change
 * of a trade appends an entry to its record in the same transaction, so a trade and
 * its evidence commit together; two parties acting on one trade at once are kept apart
 * by the trade's version, and the later one is refused rather than lost.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class TradingDesk {

    private static final Logger LOG = Logger.getLogger(TradingDesk.class.getName());

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @EJB
    private MembershipDesk membership;

    @EJB
    private SiteSettings settings;

    @Inject
    private TradeBook book;

    @Inject
    private ListingScreen screen;

    @Inject
    private TradeParties parties;

    @Inject
    private ContractBook contracts;

    @Inject
    private TradeOpenings openings;

    @EJB
    private CreditLedger credit;

    /**
     * Offers goods or a service (MEM-2, MEM-4): only a verified member with selling
     * rights may. Screening decides whether the listing is published at once.
     */
    @RolesAllowed(Roles.MEMBER)
    public ListingView publishListing(ListingForm form) {
        requireValid(TradingForms.checkListing(form));
        TradingStanding seller = membership.myTradingStanding();
        TradeRules.requireMaySell(seller);

        String title = form.title().strip();
        String description = form.description().strip();
        Section section = TradingForms.section(form.section());
        ListingStatus screened = screen.screen(title, description, section).listingStatus();
        Listing listing = new Listing(new Listing.Offer(seller.memberId(), title, description,
                section, form.price().setScale(2, RoundingMode.UNNECESSARY), form.stock()),
                screened, now());
        book.add(listing);

        LOG.log(Level.INFO, "listing {0} by member {1} is {2}",
                new Object[] {listing.id(), seller.memberId(), screened});
        return TradeBook.view(listing);
    }

    /**
     * A listing as its reader may see it. The public sees only published listings whose
     * seller may sell: a frozen seller's listings are hidden (MEM-7), and so are those
     * of a seller whose selling rights lapsed (MEM-4). The seller and STAFF see it in
     * any status.
     */
    @PermitAll
    public ListingView listing(long id) {
        Listing listing = book.listing(id);
        if (!isPublic(listing) && !caller.isCallerInRole(Roles.STAFF) && !isMine(listing)) {
            throw new NotFound("listing " + id);
        }
        return TradeBook.view(listing);
    }

    /**
     * CMP-6: STAFF takes a listing down as the penalty of an upheld accusation. The
     * cases system records the penalty and tells the seller; this only hides the listing.
     */
    @RolesAllowed(Roles.STAFF)
    public ListingView takeDown(long listingId) {
        Listing listing = book.listing(listingId);
        listing.takeDown();

        LOG.log(Level.INFO, "listing {0} taken down", listingId);
        return TradeBook.view(listing);
    }

    private boolean isPublic(Listing listing) {
        return listing.status() == ListingStatus.PUBLISHED
                && membership.tradingStanding(listing.sellerId()).maySell();
    }

    private boolean isMine(Listing listing) {
        return caller.isCallerInRole(Roles.MEMBER)
                && membership.myTradingStanding().memberId() == listing.sellerId();
    }

    /**
     * Opens a trade on a public listing (RISK-2, RISK-3, MEM-2): the buyer is not the
     * seller, a limited stock holds the quantity, an unverified buyer stays within the
     * per-trade limit, and a trade above the escrow threshold is paid by ESCROW. A form
     * naming an offer opens the trade from that accepted offer instead (RISK-6).
     */
    @RolesAllowed(Roles.MEMBER)
    public TradeView openTrade(TradeForm form) {
        requireValid(TradingForms.checkTrade(form));
        TradingStanding buyer = membership.myTradingStanding();
        TradeRules.requireMayBuy(buyer);
        if (form.offerId() != null) {
            return openFromOffer(form, buyer);
        }
        Listing listing = publicListing(form.listingId());
        TradeRules.requireDistinctParties(buyer.memberId(), listing.sellerId());

        Trade trade = openings.open(new TradeOpenings.Terms(listing, buyer, form.quantity(),
                listing.price(), TradingForms.paymentMethod(form.paymentMethod()),
                TradingForms.disputeForum(form.disputeForum()), null), me(), now());

        LOG.log(Level.INFO, "trade {0} opened on listing {1}",
                new Object[] {trade.id(), listing.id()});
        return view(trade);
    }

    /**
     * RISK-6: the buyer of a trade opens a new trade on the same listing at the unit
     * price of an offer whose acceptance took effect. An offer withdrawn or revoked in
     * time, one whose acceptance the offeror has not received, and one that already
     * opened a trade are refused. Offers of one trade are taken up one at a time under
     * the trade's row lock; the new trade's record and contract name the offer.
     */
    private TradeView openFromOffer(TradeForm form, TradingStanding buyer) {
        TradeMessage offer = book.message(form.offerId());
        Mine mine = myTrade(offer.tradeId());
        if (mine.side() != Party.BUYER) {
            throw new RuleViolation("RISK-6", "the buyer opens the trade of an accepted offer");
        }
        Trade agreedOn = mine.trade();
        if (form.listingId() != null && form.listingId() != agreedOn.listingId()) {
            throw InvalidInput.of("listingId", "the listing of the offer's trade, or absent");
        }
        book.lockTrade(agreedOn);
        BigDecimal price = DataMessages.agreedPrice(offer.id(), offer.price(),
                book.tradeFromOffer(offer.id()), book.messagesOf(agreedOn.id()).stream()
                        .map(TradeBook::facts).toList());
        Listing listing = publicListing(agreedOn.listingId());
        int quantity = form.quantity() == null ? agreedOn.quantity() : form.quantity();

        Trade trade = openings.open(new TradeOpenings.Terms(listing, buyer, quantity, price,
                TradingForms.paymentMethod(form.paymentMethod()),
                TradingForms.disputeForum(form.disputeForum()), offer.id()), me(), now());

        LOG.log(Level.INFO, "trade {0} opened from offer {1} of trade {2}",
                new Object[] {trade.id(), offer.id(), agreedOn.id()});
        return view(trade);
    }

    private Listing publicListing(long listingId) {
        Listing listing = book.listing(listingId);
        if (!isPublic(listing)) {
            throw new NotFound("listing " + listingId);
        }
        return listing;
    }

    /**
     * RISK-3, RISK-5: the buyer pays a created trade; above the RISK-2 threshold only
     * once both parties signed its contract.
     */
    @RolesAllowed(Roles.MEMBER)
    public TradeView pay(long tradeId) {
        Mine mine = myTrade(tradeId);
        Trade trade = mine.trade();
        TradeLifecycle.require(trade.status(), TradeAction.PAY, mine.side());
        ContractRules.requireSignedForPayment(trade.amount(),
                settings.amount(SettingKey.ESCROW_ONLY_ABOVE), contracts.signedSides(trade.id()));

        OffsetDateTime now = now();
        trade.pay(now);
        book.append(trade, TradeEventType.PAID, me(), new Payload()
                .with("amount", trade.amount()).with("paymentMethod", trade.paymentMethod()), now);

        LOG.log(Level.INFO, "trade {0} paid", trade.id());
        return view(trade);
    }

    /** RISK-3, RISK-4: the seller ships a paid trade with its carrier and tracking number. */
    @RolesAllowed(Roles.MEMBER)
    public TradeView ship(long tradeId, ShipmentForm form) {
        requireValid(TradingForms.checkShipment(form));
        Mine mine = myTrade(tradeId);
        Trade trade = mine.trade();
        TradeLifecycle.require(trade.status(), TradeAction.SHIP, mine.side());

        OffsetDateTime now = now();
        String carrier = form.carrier().strip();
        String tracking = form.trackingNumber().strip();
        trade.ship(carrier, tracking, now);
        book.append(trade, TradeEventType.SHIPPED, me(), new Payload()
                .with("carrier", carrier).with("trackingNumber", tracking), now);

        LOG.log(Level.INFO, "trade {0} shipped", trade.id());
        return view(trade);
    }

    /** RISK-3: the buyer confirms receipt of a shipped trade, which completes it. */
    @RolesAllowed(Roles.MEMBER)
    public TradeView confirmReceipt(long tradeId) {
        Mine mine = myTrade(tradeId);
        Trade trade = mine.trade();
        TradeLifecycle.require(trade.status(), TradeAction.CONFIRM_RECEIPT, mine.side());

        OffsetDateTime now = now();
        trade.confirmReceipt(now);
        book.append(trade, TradeEventType.RECEIPT_CONFIRMED, me(), new Payload()
                .with("completedAt", now), now);

        LOG.log(Level.INFO, "trade {0} completed", trade.id());
        return view(trade);
    }

    /** RISK-3: either party cancels before shipment; a limited stock gets the quantity back. */
    @RolesAllowed(Roles.MEMBER)
    public TradeView cancel(long tradeId) {
        Mine mine = myTrade(tradeId);
        Trade trade = mine.trade();
        TradeLifecycle.require(trade.status(), TradeAction.CANCEL, mine.side());

        OffsetDateTime now = now();
        trade.cancel(mine.side(), now);
        Listing listing = book.listing(trade.listingId());
        if (listing.stock() != null) {
            book.lockStock(listing);
            listing.giveBack(trade.quantity());
        }
        book.append(trade, TradeEventType.CANCELLED, me(), new Payload()
                .with("by", mine.side()).with("quantityReturned", trade.quantity()), now);

        LOG.log(Level.INFO, "trade {0} cancelled by the {1}",
                new Object[] {trade.id(), mine.side()});
        return view(trade);
    }

    /**
     * A trade, for its parties and STAFF; to any other member it does not exist. A party
     * is also told who the other party is (RISK-1), with a caution when the other has
     * no real-name verification, and the other's credit summary (CR-10) in the role they
     * play in this trade: a buyer reads the seller's credit as seller, a seller the
     * buyer's credit as buyer.
     */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public TradeView trade(long tradeId) {
        if (caller.isCallerInRole(Roles.STAFF)) {
            return view(book.trade(tradeId));
        }
        Mine mine = myTrade(tradeId);
        Trade trade = mine.trade();
        boolean buying = mine.side() == Party.BUYER;
        long other = buying ? trade.sellerId() : trade.buyerId();
        Disclosure disclosure = TradeRules.disclosure(mine.side(),
                membership.publicIdentity(other));
        return view(trade).disclosedTo(disclosure.withCredit(
                credit.creditAs(other, buying ? Party.SELLER : Party.BUYER)));
    }

    /** RISK-4: a trade's record with its hashes and whether the chain is intact. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public TradeRecordView record(long tradeId) {
        Trade trade = readableTrade(tradeId);
        List<RecordEntry> entries = book.events(trade.id()).stream()
                .map(TradeRecord::entry).toList();
        Integer broken = TradeRecord.firstBroken(trade.id(), entries, trade.recordHead(),
                trade.recordLength());
        if (broken != null) {
            LOG.log(Level.WARNING, "trade {0}: record broken at entry {1}",
                    new Object[] {trade.id(), broken});
        }
        return new TradeRecordView(trade.id(), broken == null, broken, entries);
    }

    private Trade readableTrade(long tradeId) {
        return parties.readable(tradeId, caller.isCallerInRole(Roles.STAFF));
    }

    private Mine myTrade(long tradeId) {
        return parties.mine(tradeId);
    }

    private TradeView view(Trade trade) {
        return TradeBook.view(trade, settings.number(SettingKey.AUTO_COMPLETE_DAYS));
    }

    private static void requireValid(List<InvalidInput.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    /** Times are kept to the millisecond, the precision the trade record hashes. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
