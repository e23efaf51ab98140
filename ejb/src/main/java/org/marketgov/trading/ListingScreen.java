package org.marketgov.trading;

import org.marketgov.persistence.trading.ListingStatus;
import org.marketgov.persistence.trading.Section;

/**
 * PAT-3: the one place where a new listing's text is screened before it is shown.
 * Clean text is published at once; suspect text waits for a patrol officer; forbidden
 * text is rejected. The patrol system (PAT) supplies its own implementation as a CDI
 * alternative; until then {@link PassingScreen} lets everything through.
 */
public interface ListingScreen {

    /** What screening decided about a listing's text. */
    enum Verdict {
        CLEAN(ListingStatus.PUBLISHED),
        SUSPECT(ListingStatus.PENDING_AUDIT),
        FORBIDDEN(ListingStatus.REJECTED);

        private final ListingStatus status;

        Verdict(ListingStatus status) {
            this.status = status;
        }

        /** The status a new listing with this verdict starts in. */
        public ListingStatus listingStatus() {
            return status;
        }
    }

    Verdict screen(String title, String description, Section section);
}
