package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.marketgov.cases.AccusationDesk;
import org.marketgov.cases.CaseViews.AccusationLine;

/**
 * CMP-4, CMP-5: the member's accusations page: those about them, each with its appeal
 * window, and those they filed, anonymous ones included. Each opens the accusation's page,
 * where the accused appeals. Who filed one about the member is never part of the list.
 *
 * <p>Limitation: the list shows the newest 100 accusations without paging.
 */
@Named
@RequestScoped
public class MyAccusations {

    private static final int SHOWN = 100;

    @EJB
    private AccusationDesk desk;

    private List<AccusationLine> accusations = List.of();

    public void load() {
        accusations = desk.mine(0, SHOWN).items();
    }

    public List<AccusationLine> getAccusations() {
        return accusations;
    }
}
