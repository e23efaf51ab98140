package org.marketgov.trading;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketgov.membership.MemberViews.PublicIdentity;
import org.marketgov.persistence.trading.ContractSignature;
import org.marketgov.persistence.trading.DisputeForum;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.SigningKey;
import org.marketgov.persistence.trading.Trade;
import org.marketgov.persistence.trading.TradeContract;
import org.marketgov.platform.NotFound;
import org.marketgov.trading.TradeViews.ContractView;
import org.marketgov.trading.TradeViews.SignatureView;

/**
 * The books of RISK-5: each trade's contract, its signatures and the members' signing
 * keys. Like {@link TradeBook} it checks no roles; only the trading beans reach it.
 */
@Dependent
class ContractBook {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    /** RISK-5: generates a trade's contract from the current template. */
    TradeContract draft(Trade t, DisputeForum forum, PublicIdentity buyer,
            PublicIdentity seller) {
        String text = ContractTemplate.render(new ContractTemplate.Terms(t.id(), t.createdAt(),
                side(buyer), side(seller), t.title(), t.quantity(), t.unitPrice(), t.amount(),
                t.paymentMethod(), forum, t.offerId()));
        TradeContract contract = new TradeContract(t.id(), ContractTemplate.VERSION, forum, text,
                ContractTemplate.hash(text), t.createdAt());
        em.persist(contract);
        em.flush();
        return contract;
    }

    private static ContractTemplate.Side side(PublicIdentity p) {
        String name = p.companyName() == null ? p.displayName() : p.companyName();
        return new ContractTemplate.Side(p.memberId(), name, p.kind().name(),
                p.verification().name());
    }

    TradeContract contractOf(long tradeId) {
        return em.createQuery("select c from TradeContract c where c.tradeId = :t",
                        TradeContract.class)
                .setParameter("t", tradeId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("contract of trade " + tradeId));
    }

    List<TradeContract> withHash(String hash) {
        return em.createQuery("select c from TradeContract c where c.hash = :h order by c.id",
                        TradeContract.class)
                .setParameter("h", hash).getResultList();
    }

    List<ContractSignature> signatures(long contractId) {
        return em.createQuery("select s from ContractSignature s where s.contractId = :c"
                        + " order by s.signedAt, s.id", ContractSignature.class)
                .setParameter("c", contractId).getResultList();
    }

    /**
     * RISK-5: the sides whose signature counts: made by the member on that side, with
     * the key the site issued to that member, and verifying over the text.
     */
    Set<Party> signedSides(long tradeId) {
        return em.createQuery("select c from TradeContract c where c.tradeId = :t",
                        TradeContract.class)
                .setParameter("t", tradeId).getResultStream().findFirst()
                .map(c -> new Signers(c).signedSides(signatures(c.id())))
                .orElse(EnumSet.noneOf(Party.class));
    }

    /** Who plays each side of a contract's trade, and the key the site issued to each. */
    private final class Signers {

        private final String text;
        private final Map<Party, Long> members;
        private final Map<Long, String> issuedKeys = new HashMap<>();

        Signers(TradeContract c) {
            Trade t = em.find(Trade.class, c.tradeId());
            text = c.body();
            members = Map.of(Party.BUYER, t.buyerId(), Party.SELLER, t.sellerId());
            em.createQuery("select k from SigningKey k where k.memberId in :m", SigningKey.class)
                    .setParameter("m", members.values()).getResultStream()
                    .forEach(k -> issuedKeys.put(k.memberId(), k.publicKey()));
        }

        Set<Party> signedSides(List<ContractSignature> all) {
            return ContractRules.signedSides(text, all, members, issuedKeys);
        }

        SignatureView view(ContractSignature s) {
            Long member = members.get(s.party());
            return ContractBook.view(s, member != null
                    && ContractRules.counts(text, s, member, issuedKeys.get(member)));
        }
    }

    /** RISK-5: the member's signing key, issued on first use. */
    SigningKey keyOf(long memberId, OffsetDateTime at) {
        return em.createQuery("select k from SigningKey k where k.memberId = :m",
                        SigningKey.class)
                .setParameter("m", memberId).getResultStream().findFirst()
                .orElseGet(() -> issue(memberId, at));
    }

    private SigningKey issue(long memberId, OffsetDateTime at) {
        ContractSigning.IssuedKey pair = ContractSigning.issue();
        SigningKey key = new SigningKey(memberId, ContractSigning.ALGORITHM, pair.publicKey(),
                pair.privateKey(), at);
        em.persist(key);
        em.flush();
        return key;
    }

    void add(ContractSignature signature) {
        em.persist(signature);
        em.flush();
    }

    ContractView view(TradeContract c) {
        List<ContractSignature> all = signatures(c.id());
        Signers signers = new Signers(c);
        List<SignatureView> signatures = all.stream().map(signers::view).toList();
        boolean hashMatches = ContractTemplate.hash(c.body()).equals(c.hash());
        return new ContractView(c.tradeId(), c.templateVersion(), c.disputeForum(), c.body(),
                "SHA-256", c.hash(), hashMatches, signatures,
                hashMatches && signers.signedSides(all).size() == Party.values().length);
    }

    /** RISK-5: a signature as shown, with whether it counts for its side. */
    static SignatureView view(ContractSignature s, boolean counts) {
        return new SignatureView(s.party(), s.memberId(), s.algorithm(), s.publicKey(),
                s.signature(), s.signedAt(), counts);
    }
}
