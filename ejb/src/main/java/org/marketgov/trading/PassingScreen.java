package org.marketgov.trading;

import jakarta.enterprise.context.ApplicationScoped;
import org.marketgov.persistence.trading.Section;

/**
 * The screen in force while no patrol screen is installed: every listing counts as
 * clean and is published at once.
 *
 * <p>Limitation: nothing is flagged until the patrol system (PAT) replaces this bean
 * with its keyword screen.
 */
@ApplicationScoped
public class PassingScreen implements ListingScreen {

    @Override
    public Verdict screen(String title, String description, Section section) {
        return Verdict.CLEAN;
    }
}
