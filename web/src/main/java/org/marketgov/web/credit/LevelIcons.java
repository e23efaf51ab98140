package org.marketgov.web.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collections;
import java.util.List;
import org.marketgov.credit.CreditViews.Level;

/**
 * CR-10: the level icons of any credit profile, for pages that show another member's
 * level (a listing's seller, a trade's counterparty) as well as the member's own. It
 * holds no state, so one instance serves every page.
 */
@Named
@ApplicationScoped
public class LevelIcons {

    /** One entry per icon of a level, so a view can repeat the icon {@code count} times. */
    public List<Integer> iconsOf(Level level) {
        return level == null ? List.of() : Collections.nCopies(level.count(), 1);
    }
}
