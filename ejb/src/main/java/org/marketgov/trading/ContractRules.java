package org.marketgov.trading;

import java.math.BigDecimal;
import java.util.Set;
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
}
