// docs/custom-indicators.md: "reunified within 6 months of entry", a custom indicator, on the
// built-in synthetic county. Run from the repository after `mvn -q -DskipTests package`:
//   jshell --class-path indicators-scorecard/target/childstat.jar docs/examples/custom-indicator.jsh
import java.time.*;
import java.time.temporal.ChronoUnit;
import java.util.*;
import org.childstat.indicators.cohort.*;
import org.childstat.indicators.core.indicator.*;
import org.childstat.indicators.core.model.*;
import org.childstat.indicators.core.synthetic.SyntheticCounty;

// JShell reads a statement per line: each line of the chain ends with its dot
CustomIndicator reunified6 = CustomIndicator.builder("REUNIFICATION_6M_ENTRY").
        title("Reunification within 6 months of entry").
        population("children entering care in the period (excluded: 18+ at removal, stays under 8 days); " +
                "outcome: reunified within 6 months").
        family(PopulationFamily.ENTRY_COHORT).
        domain(Domain.PERMANENCY).
        direction(Direction.HIGHER_IS_BETTER).
        followUp(FollowUp.months(6)).
        attribution(AttributionRule.LONGEST_IN_WINDOW).
        exclude(ExclusionReason.AGE_18_PLUS, m -> !m.removalDate().isBefore(m.eighteenthBirthday())).
        exclude(ExclusionReason.STAY_UNDER_8_DAYS, m -> m.dischargeDate() != null &&
                ChronoUnit.DAYS.between(m.removalDate(), m.dischargeDate()) < 8).
        outcome(m -> m.dischargeReason() != null && m.dischargeReason().isReunification() &&
                m.dischargeDate().isBefore(m.removalDate().plusMonths(6))).
        build();

CaseData county = SyntheticCounty.generate(20_000, 42L, LocalDate.of(2025, 6, 30)).data();
List<ReportingPeriod> periods = ReportingPeriod.rolling(24, county.asOf());
Calculation c = Indicators.compute(county, periods, CalculationOptions.defaults().withIndicator(reunified6));
ReportingPeriod fy = periods.get(11);
System.out.println(c.results().county(reunified6, fy));
System.out.println(c.results().county(IndicatorId.REUNIFICATION_12M_ENTRY, fy));
c.results().level(reunified6, fy, Level.OFFICE).forEach(System.out::println);
c.exclusions().stream().filter(e -> e.indicator() == reunified6 && e.period().equals(fy)).forEach(System.out::println);
String someone = Indicators.explainAll(county, reunified6, fy).get(0).childId();
System.out.println(Indicators.explain(county, reunified6, fy, someone));
/exit
