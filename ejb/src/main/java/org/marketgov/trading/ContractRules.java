package org.marketgov.trading;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketgov.persistence.trading.ContractSignature;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.RuleViolation;

/**
 * RISK-5 as decisions: when a contract may be signed and when a trade needs both
 * signatures before it is paid. Each method takes values and answers or refuses with
 * the rule.
 */
public final class ContractRules {

    private ContractRules() {
    }

    /**
     * RISK-5: each side signs once, and only while the trade is alive; a cancelled
     * trade's contract is void and takes no more signatures.
     */
    public static void requireMaySign(TradeStatus status, Party side, Set<Party> signed) {
        if (signed.contains(side)) {
            throw new RuleViolation("RISK-5", "the " + side.name().toLowerCase()
                    + " has already signed this contract");
        }
        if (status == TradeStatus.CANCELLED) {
            throw new RuleViolation("RISK-5", "the trade was cancelled; its contract is void");
        }
    }

    /**
     * RISK-5: a trade above the RISK-2 threshold ({@code escrowOnlyAbove}) is paid only
     * after both parties signed its contract.
     */
    public static void requireSignedForPayment(BigDecimal amount, BigDecimal escrowOnlyAbove,
            Set<Party> signed) {
        if (amount.compareTo(escrowOnlyAbove) > 0 && !signed.containsAll(Set.of(Party.values()))) {
            throw new RuleViolation("RISK-5", "a trade above " + escrowOnlyAbove.toPlainString()
                    + " CNY is paid only after both parties signed its contract");
        }
    }

    /**
     * RISK-5: whether a stored signature counts. It must come from the member who plays
     * its side of the trade, carry the public key the site issued to that member
     * ({@code issuedKey}, null when none was issued) and verify over the contract text.
     * A row holding a key pair its author made himself verifies mathematically but
     * proves nothing, because the site never vouched for that key.
     */
    public static boolean counts(String text, ContractSignature s, long sideMember,
            String issuedKey) {
        return s.memberId() == sideMember && issuedKey != null
                && issuedKey.equals(s.publicKey())
                && ContractSigning.verify(text, s.signature(), s.publicKey());
    }

    /**
     * RISK-5: the sides whose signature counts, given which member plays each side and
     * the key the site issued to each of them.
     */
    public static Set<Party> signedSides(String text, List<ContractSignature> signatures,
            Map<Party, Long> members, Map<Long, String> issuedKeys) {
        Set<Party> signed = EnumSet.noneOf(Party.class);
        for (ContractSignature s : signatures) {
            Long member = members.get(s.party());
            if (member != null && counts(text, s, member, issuedKeys.get(member))) {
                signed.add(s.party());
            }
        }
        return signed;
    }
}
