package org.marketgov.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketgov.aftersales.WarrantyFacts.ServiceRepair;
import org.marketgov.aftersales.WarrantyFacts.ServiceReplacement;
import org.marketgov.persistence.aftersales.Cause;
import org.marketgov.persistence.aftersales.Remedy;

class WarrantyPolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);
    private static final WarrantyPolicy POLICY = new WarrantyPolicy(WarrantyTerms.DEFAULTS);

    private static final List<Remedy> ALL = List.of(Remedy.RETURN, Remedy.REPLACE,
            Remedy.REPAIR);
    private static final List<Remedy> REPLACE_OR_REPAIR = List.of(Remedy.REPLACE,
            Remedy.REPAIR);
    private static final List<Remedy> REPAIR = List.of(Remedy.REPAIR);
    private static final List<Remedy> PAID = List.of(Remedy.PAID_REPAIR);

    /** Site time, written as in Shanghai. */
    private static OffsetDateTime at(String localDateTime) {
        return OffsetDateTime.of(java.time.LocalDateTime.parse(localDateTime), CST);
    }

    private static WarrantyFacts defect(OffsetDateTime delivered) {
        return facts(delivered, Cause.QUALITY_DEFECT, List.of(), List.of());
    }

    private static WarrantyFacts facts(OffsetDateTime delivered, Cause cause,
            List<ServiceRepair> repairs, List<ServiceReplacement> replacements) {
        return new WarrantyFacts(delivered, cause, true, true, repairs, replacements);
    }

    private static WarrantyDecision decide(WarrantyFacts facts, OffsetDateTime now) {
        return POLICY.decide(facts, Clock.fixed(now.toInstant(), ZoneOffset.UTC), SHANGHAI);
    }

    private static Arguments row(String name, WarrantyFacts facts, String now, String rule,
            List<Remedy> remedies, String openUntil) {
        return Arguments.of(name, facts, at(now), rule, remedies, openUntil);
    }

    static Stream<Arguments> boundaryDays() {
        WarrantyFacts march = defect(at("2026-03-01T10:00"));
        WarrantyFacts leapEve = defect(at("2028-02-28T10:00"));
        WarrantyFacts leapDay = defect(at("2028-02-29T10:00"));
        WarrantyFacts leapFebruary = defect(at("2028-02-01T10:00"));
        return Stream.of(
                row("AS-1 day 1, the delivery date itself, allows return, replacement or repair",
                        march, "2026-03-01T10:00", "AS-1", ALL, "2026-03-07"),
                row("AS-1 day 7 at 23:59 still allows return", march, "2026-03-07T23:59",
                        "AS-1", ALL, "2026-03-07"),
                row("AS-2 day 8 at 00:00 allows replacement or repair, not return", march,
                        "2026-03-08T00:00", "AS-2", REPLACE_OR_REPAIR, "2026-03-30"),
                row("AS-2 day 30 at 23:59 still allows replacement", march, "2026-03-30T23:59",
                        "AS-2", REPLACE_OR_REPAIR, "2026-03-30"),
                row("AS-3 day 31 at 00:00 allows a free repair only", march, "2026-03-31T00:00",
                        "AS-3", REPAIR, "2027-02-28"),
                row("AS-3 day 365 at 23:59 still repairs free", march, "2027-02-28T23:59",
                        "AS-3", REPAIR, "2027-02-28"),
                row("AS-6 day 366 at 00:00 offers paid service only", march, "2027-03-01T00:00",
                        "AS-6", PAID, null),
                row("AS-3 day 365 across the leap day of 2028 is 26 February 2029", leapEve,
                        "2029-02-26T23:59", "AS-3", REPAIR, "2029-02-26"),
                row("AS-6 day 366 across the leap day of 2028 is 27 February 2029", leapEve,
                        "2029-02-27T00:00", "AS-6", PAID, null),
                row("AS-1 delivered on 29 February 2028, day 7 is 6 March", leapDay,
                        "2028-03-06T23:59", "AS-1", ALL, "2028-03-06"),
                row("AS-2 delivered on 29 February 2028, day 8 is 7 March", leapDay,
                        "2028-03-07T00:00", "AS-2", REPLACE_OR_REPAIR, "2028-03-29"),
                row("AS-3 delivered on 29 February 2028, day 365 is 27 February 2029", leapDay,
                        "2029-02-27T23:59", "AS-3", REPAIR, "2029-02-27"),
                row("AS-2 day 30 in a leap February is 1 March", leapFebruary,
                        "2028-03-01T23:59", "AS-2", REPLACE_OR_REPAIR, "2028-03-01"),
                row("AS-3 day 31 in a leap February is 2 March", leapFebruary,
                        "2028-03-02T00:00", "AS-3", REPAIR, "2029-01-30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaryDays")
    @DisplayName("AS-1..AS-3, AS-6 every boundary day, inclusive, in the site zone")
    void boundaryDay(String name, WarrantyFacts facts, OffsetDateTime now, String rule,
            List<Remedy> remedies, String openUntil) {
        WarrantyDecision d = decide(facts, now);

        assertEquals(rule, d.rule());
        assertEquals(remedies, d.remedies());
        assertEquals(!"AS-6".equals(rule), d.free());
        assertEquals(openUntil == null ? null : LocalDate.parse(openUntil), d.openUntil());
    }

    static Stream<Arguments> zoneEdges() {
        return Stream.of(
                Arguments.of("AS-1 delivered 23:59 Shanghai (15:59 UTC): 00:00 six days later"
                        + " is day 8", "2026-03-01T15:59:00Z", "2026-03-07T16:00:00Z", "AS-2"),
                Arguments.of("AS-1 delivered 00:00 Shanghai (16:00 UTC the day before): 23:59"
                        + " on the 7th Shanghai day is day 7", "2026-03-01T16:00:00Z",
                        "2026-03-08T15:59:00Z", "AS-1"),
                Arguments.of("AS-2 delivered 00:00 Shanghai: 00:00 on the 8th Shanghai day is"
                        + " day 8", "2026-03-01T16:00:00Z", "2026-03-08T16:00:00Z", "AS-2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zoneEdges")
    @DisplayName("AS-1 days change at midnight in Asia/Shanghai, not in UTC")
    void zoneEdge(String name, String delivered, String now, String rule) {
        WarrantyDecision d = decide(defect(OffsetDateTime.parse(delivered)),
                OffsetDateTime.parse(now));

        assertEquals(rule, d.rule());
    }

    @ParameterizedTest(name = "AS-6 {0} on day 1 is excluded: paid service")
    @EnumSource(value = Cause.class, names = "QUALITY_DEFECT", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("AS-6 every cause but a quality defect is excluded, even on day 1")
    void exclusion(Cause cause) {
        OffsetDateTime delivered = at("2026-03-01T10:00");

        WarrantyDecision d = decide(facts(delivered, cause, List.of(), List.of()), delivered);

        assertEquals("AS-6", d.rule());
        assertEquals(PAID, d.remedies());
        assertFalse(d.free());
        assertNull(d.openUntil());
        assertTrue(d.reasons().stream().anyMatch(r -> r.startsWith("AS-6")));
    }

    @Test
    @DisplayName("AS-6 no invoice within the warranty period: the trade record is proof")
    void noInvoiceWithTradeRecord() {
        WarrantyFacts facts = new WarrantyFacts(at("2026-03-01T10:00"), Cause.QUALITY_DEFECT,
                false, true, List.of(), List.of());

        WarrantyDecision d = decide(facts, at("2026-03-08T10:00"));

        assertEquals("AS-2", d.rule());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("trade record")));
    }

    @Test
    @DisplayName("AS-6 no invoice and no other proof of purchase is excluded")
    void noInvoiceNoProof() {
        WarrantyFacts facts = new WarrantyFacts(at("2026-03-01T10:00"), Cause.QUALITY_DEFECT,
                false, false, List.of(), List.of());

        assertEquals("AS-6", decide(facts, at("2026-03-01T10:00")).rule());
    }

    @Test
    @DisplayName("AS-6 no invoice after the warranty period offers paid service")
    void noInvoiceAfterWarranty() {
        WarrantyFacts facts = new WarrantyFacts(at("2026-03-01T10:00"), Cause.QUALITY_DEFECT,
                false, true, List.of(), List.of());

        assertEquals("AS-6", decide(facts, at("2027-03-01T00:00")).rule());
    }

    private static ServiceRepair failed(String when) {
        return new ServiceRepair(at(when), false, false);
    }

    private static WarrantyFacts withoutInvoice(OffsetDateTime delivered,
            ServiceRepair repair) {
        return new WarrantyFacts(delivered, Cause.QUALITY_DEFECT, false, true, List.of(repair),
                List.of());
    }

    static Stream<Arguments> repairHistories() {
        OffsetDateTime delivered = at("2026-03-01T10:00");
        ServiceReplacement replaced = new ServiceReplacement(at("2026-05-01T10:00"), "SN-2");
        return Stream.of(
                Arguments.of("AS-4 two failed repairs on day 40 open replacement or repair",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(failed("2026-03-20T10:00"),
                                failed("2026-04-05T10:00")), List.of()),
                        "2026-04-09T10:00", "AS-4", REPLACE_OR_REPAIR, "2027-02-28"),
                Arguments.of("AS-4 two failed repairs still count on day 365",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(failed("2026-03-20T10:00"),
                                failed("2026-04-05T10:00")), List.of()),
                        "2027-02-28T23:59", "AS-4", REPLACE_OR_REPAIR, "2027-02-28"),
                Arguments.of("AS-4 does not apply after the year: day 366 is paid service",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(failed("2026-03-20T10:00"),
                                failed("2026-04-05T10:00")), List.of()),
                        "2027-03-01T00:00", "AS-6", PAID, null),
                Arguments.of("AS-3 one failed and one fixing repair leave a free repair",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(failed("2026-03-20T10:00"),
                                new ServiceRepair(at("2026-04-05T10:00"), true, false)),
                                List.of()),
                        "2026-04-09T10:00", "AS-3", REPAIR, "2027-02-28"),
                Arguments.of("AS-1 two failed repairs in the first 7 days keep return open",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(failed("2026-03-02T10:00"),
                                failed("2026-03-03T10:00")), List.of()),
                        "2026-03-04T10:00", "AS-1", ALL, "2026-03-07"),
                Arguments.of("AS-5 repairs failed before a replacement do not count after it",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(failed("2026-03-20T10:00"),
                                failed("2026-04-05T10:00")), List.of(replaced)),
                        "2026-06-10T10:00", "AS-3", REPAIR, "2027-04-30"),
                Arguments.of("AS-5 the replacement date is day 1 of a new period",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(), List.of(replaced)),
                        "2026-05-01T10:00", "AS-1", ALL, "2026-05-07"),
                Arguments.of("AS-5 day 8 after the replacement allows replacement or repair",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(), List.of(replaced)),
                        "2026-05-08T00:00", "AS-2", REPLACE_OR_REPAIR, "2026-05-30"),
                Arguments.of("AS-5 the warranty runs 365 days from the replacement, past the"
                        + " original year", facts(delivered, Cause.QUALITY_DEFECT, List.of(),
                                List.of(replaced)),
                        "2027-04-30T23:59", "AS-3", REPAIR, "2027-04-30"),
                Arguments.of("AS-5 the latest of two replacements starts the period",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(), List.of(replaced,
                                new ServiceReplacement(at("2026-07-01T10:00"), "SN-3"))),
                        "2026-07-07T10:00", "AS-1", ALL, "2026-07-07"),
                Arguments.of("AS-7 a paid repair after the warranty is guaranteed 3 months",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(new ServiceRepair(
                                at("2027-04-10T10:00"), true, true)), List.of()),
                        "2027-07-09T23:59", "AS-7", REPAIR, "2027-07-09"),
                Arguments.of("AS-7 the day after the paid repair's 3 months is paid service",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(new ServiceRepair(
                                at("2027-04-10T10:00"), true, true)), List.of()),
                        "2027-07-10T00:00", "AS-6", PAID, null),
                Arguments.of("AS-7 without an invoice a paid repair's own warranty still"
                        + " applies: the site's record of the repair is the proof",
                        withoutInvoice(delivered, new ServiceRepair(at("2027-04-10T10:00"), true,
                                true)),
                        "2027-05-01T10:00", "AS-7", REPAIR, "2027-07-09"),
                Arguments.of("AS-6 without an invoice, after the paid repair's 3 months, paid"
                        + " service", withoutInvoice(delivered, new ServiceRepair(
                                at("2027-04-10T10:00"), true, true)),
                        "2027-07-10T00:00", "AS-6", PAID, null),
                Arguments.of("AS-7 does not cover misuse after a paid repair",
                        facts(delivered, Cause.MISUSE, List.of(new ServiceRepair(
                                at("2027-04-10T10:00"), true, true)), List.of()),
                        "2027-05-01T10:00", "AS-6", PAID, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairHistories")
    @DisplayName("AS-4, AS-5, AS-7 repair and replacement history changes the remedies")
    void history(String name, WarrantyFacts facts, String now, String rule,
            List<Remedy> remedies, String openUntil) {
        WarrantyDecision d = decide(facts, at(now));

        assertEquals(rule, d.rule());
        assertEquals(remedies, d.remedies());
        assertEquals(openUntil == null ? null : LocalDate.parse(openUntil), d.openUntil());
    }

    @Test
    @DisplayName("AS-7 without an invoice the decision says why the paid repair still counts")
    void paidRepairWithoutInvoiceReason() {
        WarrantyFacts facts = withoutInvoice(at("2026-03-01T10:00"),
                new ServiceRepair(at("2027-04-10T10:00"), true, true));

        WarrantyDecision d = decide(facts, at("2027-05-01T10:00"));

        assertTrue(d.free());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("no valid invoice")),
                d.reasons()::toString);
    }

    static Stream<Arguments> claimDays() {
        OffsetDateTime delivered = at("2026-03-01T10:00");
        return Stream.of(
                Arguments.of("AS-3 a claim made on day 365 stays a free repair when STAFF"
                        + " record the repair on day 368", facts(delivered, Cause.QUALITY_DEFECT,
                                List.of(failed("2027-03-03T10:00")), List.of()),
                        "2027-02-28", "AS-3", REPAIR, "2027-02-28"),
                Arguments.of("AS-1 a claim made on day 7 keeps the return open when STAFF"
                        + " inspect on day 9", defect(delivered), "2026-03-07", "AS-1", ALL,
                        "2026-03-07"),
                Arguments.of("AS-4 repairs that failed after the claim day count for a claim"
                        + " made on day 360", facts(delivered, Cause.QUALITY_DEFECT,
                                List.of(failed("2027-02-25T10:00"), failed("2027-03-05T10:00")),
                                List.of()),
                        "2027-02-23", "AS-4", REPLACE_OR_REPAIR, "2027-02-28"),
                Arguments.of("AS-7 a paid repair done while the claim was handled, which did"
                        + " not fix the fault, is repaired free under its own warranty",
                        facts(delivered, Cause.QUALITY_DEFECT, List.of(new ServiceRepair(
                                at("2027-04-10T10:00"), false, true)), List.of()),
                        "2027-04-04", "AS-7", REPAIR, "2027-07-09"),
                Arguments.of("AS-6 a claim made on day 366 stays paid service", defect(delivered),
                        "2027-03-01", "AS-6", PAID, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claimDays")
    @DisplayName("AS-9 a claim is judged on the day the buyer made it, not when STAFF act")
    void claimDay(String name, WarrantyFacts facts, String claimDay, String rule,
            List<Remedy> remedies, String openUntil) {
        WarrantyDecision d = POLICY.decideOn(facts, LocalDate.parse(claimDay), SHANGHAI);

        assertEquals(rule, d.rule());
        assertEquals(remedies, d.remedies());
        assertEquals(!"AS-6".equals(rule), d.free());
        assertEquals(openUntil == null ? null : LocalDate.parse(openUntil), d.openUntil());
    }

    @Test
    @DisplayName("AS-1 the same claim judged on day 9 instead of its claim day 7 loses the"
            + " return")
    void claimDayContrast() {
        WarrantyFacts facts = defect(at("2026-03-01T10:00"));

        assertEquals("AS-1", POLICY.decideOn(facts, LocalDate.parse("2026-03-07"), SHANGHAI)
                .rule());
        assertEquals("AS-2", decide(facts, at("2026-03-09T10:00")).rule());
    }

    @Test
    @DisplayName("AS-5 the decision names the replacement's serial number")
    void replacementSerialInReasons() {
        WarrantyFacts facts = facts(at("2026-03-01T10:00"), Cause.QUALITY_DEFECT, List.of(),
                List.of(new ServiceReplacement(at("2026-05-01T10:00"), "SN-2")));

        WarrantyDecision d = decide(facts, at("2026-05-02T10:00"));

        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("SN-2")));
        assertEquals(2, d.day());
    }

    @Test
    @DisplayName("AS-9 settings change the periods: a 10-day return window")
    void settingsDrivePeriods() {
        WarrantyPolicy longer = new WarrantyPolicy(new WarrantyTerms(10, 30, 365, 2, 3));

        WarrantyDecision d = longer.decide(defect(at("2026-03-01T10:00")),
                Clock.fixed(at("2026-03-10T23:59").toInstant(), ZoneOffset.UTC), SHANGHAI);

        assertEquals("AS-1", d.rule());
        assertEquals(LocalDate.parse("2026-03-10"), d.openUntil());
    }

    @Test
    @DisplayName("AS-8 a return or replacement needs the goods, all accessories and the invoice")
    void sendBack() {
        assertEquals(List.of(SendBack.GOODS, SendBack.ALL_ACCESSORIES, SendBack.INVOICE),
                SendBack.forRemedy(Remedy.RETURN, true));
        assertEquals(List.of(SendBack.GOODS, SendBack.ALL_ACCESSORIES,
                SendBack.TRADE_RECORD_AS_PROOF), SendBack.forRemedy(Remedy.REPLACE, false));
        assertEquals(List.of(SendBack.GOODS), SendBack.forRemedy(Remedy.REPAIR, true));
    }
}
