package org.marketgov.web.trading;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marketgov.credit.CreditLedger;
import org.marketgov.credit.CreditViews.Profile;
import org.marketgov.membership.MemberViews.PublicIdentity;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.trading.DisputeForum;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.PaymentMethod;
import org.marketgov.trading.TradeForm;
import org.marketgov.trading.TradeViews.ListingView;
import org.marketgov.trading.TradeViews.TradeView;
import org.marketgov.trading.TradingDesk;

/**
 * A published listing as the public sees it, with the seller's real-name status and,
 * for a business, its license, address and contact in full (RISK-1), and the seller's credit as
 * seller with its level icon (CR-10). A signed-in member buys from here: quantity,
 * payment method (RISK-2 explains each one's risk on the page) and the contract's
 * dispute forum (RISK-5); the trade then opens on its own page.
 */
@Named
@ViewScoped
public class BuyListing implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TradingDesk desk;

    @EJB
    private MembershipDesk membership;

    @EJB
    private CreditLedger credit;

    @Inject
    private TradingNotices notices;

    private Long id;
    private ListingView listing;
    private PublicIdentity seller;
    private Profile sellerCredit;
    private int quantity = 1;
    private PaymentMethod paymentMethod = PaymentMethod.ESCROW;
    private DisputeForum disputeForum = DisputeForum.COURT;

    /** Loads the listing named by the page's {@code id} parameter. */
    public void load() {
        if (id != null && notices.attempt(() -> listing = desk.listing(id))) {
            seller = membership.publicIdentity(listing.sellerId());
            sellerCredit = credit.creditAs(listing.sellerId(), Party.SELLER);
        }
    }

    public String buy() {
        TradeView[] opened = new TradeView[1];
        boolean ok = notices.attempt(() -> opened[0] = desk.openTrade(new TradeForm(id, quantity,
                paymentMethod.name(), disputeForum.name(), null)));
        if (!ok) {
            return null;
        }
        notices.done("listing.bought", opened[0].id());
        notices.keepAcrossRedirect();
        return "/member/trade.xhtml?faces-redirect=true&id=" + opened[0].id();
    }

    public PaymentMethod[] getPaymentMethods() {
        return PaymentMethod.values();
    }

    public DisputeForum[] getDisputeForums() {
        return DisputeForum.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ListingView getListing() {
        return listing;
    }

    public PublicIdentity getSeller() {
        return seller;
    }

    /** CR-10: the seller's credit as seller, with its level icon. */
    public Profile getSellerCredit() {
        return sellerCredit;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public DisputeForum getDisputeForum() {
        return disputeForum;
    }

    public void setDisputeForum(DisputeForum disputeForum) {
        this.disputeForum = disputeForum;
    }
}
