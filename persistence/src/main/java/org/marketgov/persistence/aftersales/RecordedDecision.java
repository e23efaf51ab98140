package org.marketgov.persistence.aftersales;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * AS-9: the decision last shown to the customer, as recorded: the open remedies,
 * whether they are free, the rule that applies, the last day (inclusive, in the site
 * zone) they stay open, and the reasons in words. A decision is replaced as a whole,
 * never edited field by field; every recorded decision also goes on the timeline.
 */
@Embeddable
public class RecordedDecision {

    private static final String SEPARATOR = "\n";

    @Column(name = "decision_rule")
    private String rule;

    @Column(name = "decision_free")
    private boolean free;

    @Column(name = "decision_remedies")
    private String remedies;

    @Column(name = "decision_open_until")
    private LocalDate openUntil;

    @Column(name = "decision_reasons")
    private String reasons;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected RecordedDecision() {
    }

    public RecordedDecision(List<Remedy> remedies, boolean free, String rule,
            LocalDate openUntil, List<String> reasons, OffsetDateTime decidedAt) {
        this.remedies = remedies.stream().map(Remedy::name).collect(Collectors.joining(","));
        this.free = free;
        this.rule = rule;
        this.openUntil = openUntil;
        this.reasons = String.join(SEPARATOR, reasons);
        this.decidedAt = decidedAt;
    }

    public List<Remedy> remedies() {
        if (remedies == null || remedies.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(remedies.split(",")).map(Remedy::valueOf).toList();
    }

    public boolean isFree() {
        return free;
    }

    public String rule() {
        return rule;
    }

    public LocalDate openUntil() {
        return openUntil;
    }

    public List<String> reasons() {
        return reasons == null || reasons.isEmpty() ? List.of()
                : List.of(reasons.split(SEPARATOR));
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }
}
