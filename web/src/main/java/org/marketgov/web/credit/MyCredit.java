package org.marketgov.web.credit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Collections;
import java.util.List;
import org.marketgov.credit.CreditLedger;
import org.marketgov.credit.CreditViews.CreditSummary;
import org.marketgov.credit.CreditViews.Level;

/** CR-10: the member's own credit as seller and as buyer, with level icons. */
@Named
@RequestScoped
public class MyCredit {

    @EJB
    private CreditLedger ledger;

    private CreditSummary summary;

    @PostConstruct
    void load() {
        summary = ledger.myCredit();
    }

    public CreditSummary getSummary() {
        return summary;
    }

    /** One entry per icon of a level, so a view can repeat the icon {@code count} times. */
    public List<Integer> iconsOf(Level level) {
        return level == null ? List.of() : Collections.nCopies(level.count(), 1);
    }
}
