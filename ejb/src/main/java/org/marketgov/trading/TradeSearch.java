package org.marketgov.trading;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.Trade;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.Roles;
import org.marketgov.trading.TradeViews.Disclosure;
import org.marketgov.trading.TradeViews.TradePage;

/**
 * Lists of trades: a member's own trades as buyer, seller or both, and the STAFF
 * search over all trades by status and member. Newest trades come first. A member
 * never sees a trade they are no party to.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class TradeSearch {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @EJB
    private MembershipDesk membership;

    @EJB
    private SiteSettings settings;

    /**
     * The caller's trades; {@code side} null means both sides. Each names the side the
     * caller is on; the counterparty's identity is given on the trade itself (RISK-1).
     */
    @RolesAllowed(Roles.MEMBER)
    public TradePage myTrades(Party side, TradeStatus status, int page, int size) {
        long me = membership.myTradingStanding().memberId();
        String who = side == null ? "(t.buyerId = :m or t.sellerId = :m)"
                : side == Party.BUYER ? "t.buyerId = :m" : "t.sellerId = :m";
        TradePage found = page(who, me, status, page, size);
        return new TradePage(found.items().stream().map(t -> t.disclosedTo(new Disclosure(
                t.buyerId() == me ? Party.BUYER : Party.SELLER, null, false, null))).toList(),
                found.total());
    }

    /** STAFF: every trade, optionally of one member (either side) and in one status. */
    @RolesAllowed(Roles.STAFF)
    public TradePage search(Long memberId, TradeStatus status, int page, int size) {
        return page(memberId == null ? null : "(t.buyerId = :m or t.sellerId = :m)", memberId,
                status, page, size);
    }

    private TradePage page(String who, Long member, TradeStatus status, int page, int size) {
        String where = " where 1 = 1" + (who == null ? "" : " and " + who)
                + (status == null ? "" : " and t.status = :s");
        TypedQuery<Trade> items = em.createQuery("select t from Trade t" + where
                + " order by t.createdAt desc, t.id desc", Trade.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from Trade t" + where,
                Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (who != null) {
                q.setParameter("m", member);
            }
            if (status != null) {
                q.setParameter("s", status);
            }
        }
        int days = settings.number(SettingKey.AUTO_COMPLETE_DAYS);
        return new TradePage(items.setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(t -> TradeBook.view(t, days)).toList(),
                count.getSingleResult());
    }

    /** Reads a side filter ({@code buyer}, {@code seller}, or absent for both). */
    public static Party side(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        return Arrays.stream(Party.values()).filter(p -> p.name().equalsIgnoreCase(role.strip()))
                .findFirst().orElseThrow(() -> InvalidInput.of("role", "buyer or seller"));
    }

    /** Reads a status filter, or absent for every status. */
    public static TradeStatus status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(TradeStatus.values()).filter(s -> s.name().equals(name.strip()))
                .findFirst().orElseThrow(() -> InvalidInput.of("status", "one of "
                        + Arrays.toString(TradeStatus.values())));
    }
}
