package org.marketgov.persistence.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AfterSalesCaseTest {

    private static final OffsetDateTime DELIVERED = OffsetDateTime.parse("2026-03-01T10:00+08:00");
    private static final OffsetDateTime OPENED = DELIVERED.plusDays(3);

    private static RecordedDecision decision(String rule, Remedy... remedies) {
        return new RecordedDecision(List.of(remedies), !"AS-6".equals(rule), rule,
                LocalDate.of(2026, 3, 7), List.of(rule + ": why"), OPENED);
    }

    private static AfterSalesCase opened() {
        return new AfterSalesCase(new AfterSalesCase.Opening(1, 2, 3, "Kettle", DELIVERED,
                Cause.QUALITY_DEFECT, true, "Stops heating", OPENED),
                decision("AS-1", Remedy.RETURN, Remedy.REPLACE, Remedy.REPAIR));
    }

    private static AfterSalesCase received(Remedy remedy) {
        AfterSalesCase c = opened();
        c.choose(remedy);
        c.receiveGoods();
        return c;
    }

    @Test
    @DisplayName("AS-9 a new case waits for the buyer's choice, with its claim date kept")
    void opensOpen() {
        AfterSalesCase c = opened();

        assertEquals(CaseStatus.OPEN, c.status());
        assertEquals(OPENED, c.openedAt());
        assertEquals(DELIVERED, c.deliveredAt());
        assertNull(c.chosenRemedy());
    }

    @Test
    @DisplayName("AS-9 choosing a remedy the decision offers moves the case to REMEDY_CHOSEN")
    void chooses() {
        AfterSalesCase c = opened();

        c.choose(Remedy.RETURN);

        assertEquals(CaseStatus.REMEDY_CHOSEN, c.status());
        assertEquals(Remedy.RETURN, c.chosenRemedy());
    }

    @Test
    @DisplayName("AS-9 a remedy the recorded decision does not offer is refused")
    void refusesRemedyNotOffered() {
        AfterSalesCase c = opened();

        assertThrows(IllegalArgumentException.class, () -> c.choose(Remedy.PAID_REPAIR));
        assertEquals(CaseStatus.OPEN, c.status());
    }

    @Test
    @DisplayName("AS-9 a remedy is chosen once; choosing again is refused")
    void choosesOnce() {
        AfterSalesCase c = opened();
        c.choose(Remedy.REPAIR);

        assertThrows(IllegalStateException.class, () -> c.choose(Remedy.RETURN));
    }

    @Test
    @DisplayName("AS-8 goods are received only after a remedy is chosen, and once")
    void receivesAfterChoice() {
        AfterSalesCase c = opened();

        assertThrows(IllegalStateException.class, c::receiveGoods);
        c.choose(Remedy.REPLACE);
        c.receiveGoods();
        assertEquals(CaseStatus.GOODS_RECEIVED, c.status());
        assertThrows(IllegalStateException.class, c::receiveGoods);
    }

    @Test
    @DisplayName("AS-6 inspection finding an excluded cause and a decision without the chosen"
            + " remedy send the case back to the buyer")
    void newDecisionDropsChoice() {
        AfterSalesCase c = received(Remedy.REPAIR);

        c.findCause(Cause.MISUSE);
        c.record(decision("AS-6", Remedy.PAID_REPAIR));

        assertEquals(Cause.MISUSE, c.cause());
        assertEquals(CaseStatus.OPEN, c.status());
        assertNull(c.chosenRemedy());
        assertEquals(List.of(Remedy.PAID_REPAIR), c.decision().remedies());
    }

    @Test
    @DisplayName("AS-9 a new decision that still offers the chosen remedy keeps the case as is")
    void newDecisionKeepsChoice() {
        AfterSalesCase c = received(Remedy.RETURN);

        c.record(decision("AS-1", Remedy.RETURN, Remedy.REPLACE, Remedy.REPAIR));

        assertEquals(CaseStatus.GOODS_RECEIVED, c.status());
        assertEquals(Remedy.RETURN, c.chosenRemedy());
    }

    @Test
    @DisplayName("AS-4 a repair that did not fix the fault lets the buyer choose again")
    void failedRepair() {
        AfterSalesCase c = received(Remedy.REPAIR);

        c.repairFailed();

        assertEquals(CaseStatus.OPEN, c.status());
        assertNull(c.chosenRemedy());
    }

    @Test
    @DisplayName("AS-1 a resolved case keeps its remedy and accepts no further step")
    void resolvedIsFinal() {
        AfterSalesCase c = received(Remedy.RETURN);
        OffsetDateTime refunded = OPENED.plusDays(2);

        c.resolve(refunded);

        assertEquals(CaseStatus.RESOLVED, c.status());
        assertEquals(Remedy.RETURN, c.chosenRemedy());
        assertEquals(refunded, c.resolvedAt());
        assertThrows(IllegalStateException.class, () -> c.resolve(refunded));
        assertThrows(IllegalStateException.class, () -> c.findCause(Cause.MISUSE));
        assertThrows(IllegalStateException.class, c::repairFailed);
        assertThrows(IllegalStateException.class,
                () -> c.record(decision("AS-2", Remedy.REPAIR)));
    }
}
