package org.childstat.indicators.scorecard.present;

import static org.childstat.indicators.core.model.Disposition.SUBSTANTIATED;
import static org.childstat.indicators.core.model.Disposition.UNSUBSTANTIATED;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.io.CaseDataWriter;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case presentation of one family stated in a few lines: its timeline and decision points,
 * what an update marks new, and the counts on both dates, worked by hand from the spec
 * (docs/in-home.md, The case presentation; spec §E for IN_HOME_OPEN_18M_PLUS).
 */
class CasePresentationTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    /**
     * Case K1 opens on 2024-01-10 for A and B. A is reported (R1, substantiated) on 2024-03-01,
     * its row closes on 2024-04-30, it is removed on 2024-05-01 to a non-relative foster home
     * (provider P1), moves to a relative on 2024-07-01 and goes home on 2024-12-01; its worker
     * changes from W1 (office O1) to W2 (office O2) on 2025-07-01. B stays at home, served by K1
     * to the as-of date, visited in person in August 2026; a report of B (R2) is unsubstantiated
     * on 2026-05-04.
     */
    static CaseData family(LocalDate asOf) {
        return CaseData.builder().asOf(asOf).unit("U1", "O1", "B1").unit("U2", "O2", "B1")
                .worker("W1", "U1").worker("W2", "U2")
                .child("A").born("2015-03-01").sex(Sex.F).servedInHome("K1", "2024-01-10").until("2024-04-30")
                .reported("R1", "2024-03-01", SUBSTANTIATED)
                .removed("2024-05-01").placed(NON_RELATIVE_FOSTER_HOME).provider("P1").until("2024-06-30")
                .placed(RELATIVE_FOSTER_HOME).discharged("2024-12-01", REUNIFICATION)
                .assignedTo("W1", "2024-01-10", "2025-06-30").assignedTo("W2", "2025-07-01", null)
                .child("B").born("2019-06-01").sex(Sex.M).servedInHome("K1", "2024-01-10")
                .reported("R2", "2026-05-04", UNSUBSTANTIATED).visited("2026-08-15")
                .assignedTo("W1", "2024-01-10", null)
                .build();
    }

    @Test
    void theTimelineHoldsEveryRecordWithItsDecisionPoints() {
        CasePresentation p = CasePresentation.ofCase(family(AS_OF), "K1");
        assertEquals(List.of("A", "B"), p.family().stream().map(CasePresentation.Member::childId).toList());
        assertEquals(11, p.family().get(0).age()); // born 2015-03-01, on 2026-09-30
        assertEquals(LocalDate.of(2024, 1, 10), p.caseOpen());
        assertNull(p.caseClose()); // B's row is open
        List<String> decisions = p.timeline().stream().filter(Event::decisionPoint)
                .map(e -> e.date() + " " + e.childId() + " " + e.decision()).toList();
        assertEquals(List.of("2024-03-01 A disposition: substantiated",
                "2024-05-01 A removal",
                "2024-07-01 A placement change: non-relative foster home to relative foster home",
                "2024-12-01 A discharge: reunification",
                "2025-07-01 A change of worker: W1 to W2",
                "2026-05-04 B disposition: unsubstantiated"), decisions);
        // the first placement of the episode and each child's first worker are not changes
        Event first = only(p, Event.Kind.PLACEMENT, "A-E1-P1");
        assertEquals("non-relative foster home, provider P1", first.detail());
        assertFalse(first.decisionPoint());
        assertEquals(2, p.timeline().stream().filter(e -> e.kind() == Event.Kind.IN_HOME_OPEN).count());
        assertEquals(1, p.timeline().stream().filter(e -> e.kind() == Event.Kind.IN_HOME_CLOSE).count());
        // B is served every month from 2024-01 to 2026-09: 33 months, one in-person contact (2026-08)
        List<Event> b = p.timeline().stream().filter(e -> e.kind() == Event.Kind.CONTACTS && e.childId().equals("B"))
                .toList();
        assertEquals(33, b.size());
        assertEquals("2026-08: 1 in-person contact", b.get(31).detail());
        assertEquals("2026-09: no in-person contact", b.get(32).detail());
        assertEquals(AS_OF, b.get(32).date());
        assertTrue(p.timeline().stream().noneMatch(Event::isNew), "no update, nothing new");
        for (int i = 1; i < p.timeline().size(); i++) {
            assertFalse(p.timeline().get(i).date().isBefore(p.timeline().get(i - 1).date()), "dated order");
        }
    }

    /**
     * IN_HOME_OPEN_18M_PLUS counts the case under A (its first row). On 2026-09-30 it has been
     * open since 2024-01-10, past 2025-07-10 (18 months): in the numerator, attributed to W2 of
     * office O2 on that day. On 2025-03-31 it was not yet 18 months open: in the denominator
     * only, attributed to W1 of office O1. Each office has this one case, the county too.
     */
    @Test
    void anUpdateMarksWhatIsNewAndShowsEachCountOnBothDates(@TempDir Path dir) {
        CaseDataWriter.write(family(AS_OF), dir);
        CaseData now = CaseDataReader.read(dir, AS_OF);
        CaseData then = CaseDataReader.read(dir, LocalDate.of(2025, 3, 31));
        CasePresentation p = CasePresentation.ofCase(now, "K1", then);
        assertEquals(LocalDate.of(2025, 3, 31), p.since());
        for (Event e : p.timeline()) {
            assertEquals(e.date().isAfter(p.since()), e.isNew(), e.toString());
        }
        assertTrue(only(p, Event.Kind.ASSIGNMENT, "W2").isNew());
        Quantity q = p.quantities().stream().filter(x -> x.indicator() == IndicatorId.IN_HOME_OPEN_18M_PLUS)
                .findFirst().orElseThrow();
        assertEquals("A", q.childId());
        assertEquals(Explanation.Status.IN_NUMERATOR, q.now().explanation().status());
        assertEquals("O2", q.now().officeId());
        // one case is too few to show below the county (denominator under 5): suppressed, never a value
        assertEquals(ResultStatus.SUPPRESSED, q.now().office().status());
        assertEquals(100.0, q.now().county().value());
        assertEquals("R12M-2026-09", q.now().period().label());
        assertEquals(Explanation.Status.IN_DENOMINATOR_ONLY, q.before().explanation().status());
        assertEquals("O1", q.before().officeId());
        assertEquals(0.0, q.before().county().value());
        assertEquals("R12M-2025-03", q.before().period().label());
        // B is not on the case's first row: the case is not counted under B
        assertTrue(p.quantities().stream().noneMatch(x -> x.childId().equals("B")
                && x.indicator() == IndicatorId.IN_HOME_OPEN_18M_PLUS));
        // B's monthly visits: as known on 2026-09-30, R12M-2026-09 holds 12 served months, one visited
        Quantity v = p.quantities().stream().filter(x -> x.childId().equals("B")
                && x.indicator() == IndicatorId.IN_HOME_MONTHLY_VISITS).findFirst().orElseThrow();
        assertEquals(1, v.now().explanation().numerator());
        assertEquals(12, v.now().explanation().denominator());
        assertEquals(ResultStatus.OK, v.now().county().status());
    }

    @Test
    void aChildsPresentationHasTheChildAlone() {
        CasePresentation p = CasePresentation.ofChild(family(AS_OF), "A");
        assertEquals(CasePresentation.Subject.CHILD, p.subject());
        assertEquals(1, p.family().size());
        assertNull(p.caseOpen());
        assertTrue(p.timeline().stream().allMatch(e -> e.childId().equals("A")));
        assertEquals(1, p.timeline().stream().filter(e -> e.kind() == Event.Kind.REMOVAL).count());
    }

    @Test
    void unknownIdsAndALaterUpdateAreRefused() {
        CaseData data = family(AS_OF);
        assertThrows(IllegalArgumentException.class, () -> CasePresentation.ofCase(data, "K9"));
        assertThrows(IllegalArgumentException.class, () -> CasePresentation.ofChild(data, "Z"));
        assertThrows(IllegalArgumentException.class, () -> CasePresentation.ofCase(data, "K1", data));
        CaseData none = CaseData.builder().asOf(AS_OF).unit("U1", "O1", "B1").withoutInHomeCases()
                .child("A").born("2015-03-01").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CasePresentation.ofCase(none, "K1"));
        assertTrue(e.getMessage().contains("no in_home_cases.csv"), e.getMessage());
    }

    @Test
    void everyIdIsEscapedOnThePageAndInTheJson() {
        String hostile = "K<script>alert(1)</script>\"&'";
        CaseData data = CaseData.builder().asOf(AS_OF).unit("U1", "O1", "B1").worker("W1", "U1")
                .child("A").born("2015-03-01").servedInHome(hostile, "2024-01-10").assignedTo("W1").build();
        CasePresentation p = CasePresentation.ofCase(data, hostile);
        String html = p.html();
        assertFalse(html.contains("<script"), "no script element on the page");
        assertTrue(html.contains("K&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;"));
        assertTrue(p.json().contains("\"K<script>alert(1)</script>\\\"&'\""));
        assertTrue(html.contains("For internal case review only"));
    }

    private static Event only(CasePresentation p, Event.Kind kind, String record) {
        List<Event> found = p.timeline().stream().filter(e -> e.kind() == kind && record.equals(e.recordId())).toList();
        assertEquals(1, found.size(), kind + " " + record + " in " + p.timeline());
        return found.get(0);
    }

    @Test
    void meetingsAndExams_areOnTheTimeline_notDecisionPoints_andShownOnThePage() {
        CaseData data = CaseData.builder().asOf(AS_OF).unit("U1", "O1", "B1").worker("W1", "U1")
                .child("A").born("2015-03-01").servedInHome("K1", "2024-01-10").until("2024-04-30")
                .meeting("M1", LocalDate.of(2024, 4, 29), org.childstat.indicators.core.model.MeetingType.TDM)
                .removed("2024-05-01").placed(NON_RELATIVE_FOSTER_HOME)
                .exam(LocalDate.of(2024, 5, 20), org.childstat.indicators.core.model.ExamType.MH_SCREENING)
                .exam(LocalDate.of(2025, 3, 1), org.childstat.indicators.core.model.ExamType.DENTAL)
                .assignedTo("W1", "2024-01-10", null)
                .build();
        CasePresentation p = CasePresentation.ofCase(data, "K1");
        List<String> entries = p.timeline().stream()
                .filter(e -> e.kind() == Event.Kind.MEETING || e.kind() == Event.Kind.EXAM)
                .map(e -> e.date() + " " + e.kind() + " " + e.detail() + " " + e.decisionPoint()).toList();
        assertEquals(List.of("2024-04-29 MEETING Team Decision Making (TDM), meeting M1 false",
                "2024-05-20 EXAM mental-health screening false", "2025-03-01 EXAM dental exam false"), entries);
        String html = p.html();
        assertTrue(html.contains("Team Decision Making (TDM), meeting M1"), "the meeting on the page");
        assertTrue(html.contains("dental exam"));
        assertTrue(p.json().contains("\"kind\": \"MEETING\""), p.json());
    }
}
