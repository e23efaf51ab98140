package org.marketgov.credit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketgov.credit.CreditViews.CreditSummary;
import org.marketgov.credit.CreditViews.Profile;
import org.marketgov.credit.CreditViews.Tally;
import org.marketgov.persistence.credit.CreditProfile;
import org.marketgov.persistence.credit.CreditRole;

/**
 * CR-10: reads a member's credit without looking at a single evaluation. A read takes
 * the profile row (score and all-time counts, kept current by every scoring change)
 * and the week, month and half-year sums of the per-day rows of the last six months,
 * at most about 184 rows per role whatever the member's history, added up by the
 * database relative to today; "older" is the all-time count minus the half year.
 * Day rows rather than rolling counters were chosen because they need no
 * scheduled roll-over: a count is always right for the moment it is read, even after
 * the clock jumps.
 */
@Dependent
class CreditProfiles {

    @Inject
    private CreditBook credit;

    CreditSummary summary(long memberId, CreditTerms terms, OffsetDateTime now) {
        return kept(memberId, terms, now).orElseGet(() -> nothingYet(memberId, terms, now));
    }

    /** The summary of a member who has a profile in either role; empty for anyone else. */
    Optional<CreditSummary> kept(long memberId, CreditTerms terms, OffsetDateTime now) {
        Map<CreditRole, CreditProfile> kept = credit.profiles(memberId);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = now.atZoneSameInstant(terms.zone()).toLocalDate();
        Map<CreditRole, CreditCounts.Recent> recent = credit.recent(memberId,
                CreditCounts.Starts.of(today));

        return Optional.of(new CreditSummary(memberId,
                profile(kept.get(CreditRole.SELLER), recent.get(CreditRole.SELLER), terms, today),
                profile(kept.get(CreditRole.BUYER), recent.get(CreditRole.BUYER), terms, today)));
    }

    /** The summary of a member nobody has rated yet. */
    CreditSummary nothingYet(long memberId, CreditTerms terms, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(terms.zone()).toLocalDate();
        return new CreditSummary(memberId, profile(null, null, terms, today),
                profile(null, null, terms, today));
    }

    /** One role's profile; {@code recent} holds the week, month and half-year sums. */
    private static Profile profile(CreditProfile p, CreditCounts.Recent recent,
            CreditTerms terms, LocalDate today) {
        if (p == null) {
            return new Profile(0, null, null, CreditCounts.of(List.of(), Tally.NONE, today));
        }
        Tally total = new Tally(p.praise(), p.neutral(), p.poor());
        return new Profile(p.score(), CreditCounts.praiseRate(total),
                CreditLevels.of(p.score(), terms.levelThresholds()),
                CreditCounts.of(recent == null ? CreditCounts.Recent.NONE : recent, total));
    }
}
