package org.ceasefire.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ceasefire.analytics.stats.Coefficient;
import org.ceasefire.analytics.stats.KaplanMeier;
import org.ceasefire.analytics.stats.MatchingBalance;
import org.ceasefire.analytics.stats.MatchingOptions;
import org.ceasefire.analytics.stats.PropensityMatching;
import org.ceasefire.analytics.stats.SurvivalAnalysis;
import org.ceasefire.analytics.stats.SurvivalData;
import org.ceasefire.analytics.stats.Variable;

/**
 * Survival of notified people against a matched comparison group: 1:1 nearest-neighbour matching on
 * the propensity score (logistic regression of being notified on age, prior incidents and group
 * membership at the program's start; MatchIt's {@code method = "nearest"}), then the days from the
 * index day to the first new incident as suspect or arrestee, censored at the end of the data:
 * Kaplan–Meier curves of both groups, the log-rank test and the Cox hazard ratio of notified
 * against comparison (Efron ties, Wald 95% interval).
 */
final class SurvivalDesign {

  static final double UNBALANCED = 0.1;
  static final int MIN_EVENTS = 10;
  static final int MIN_NOTIFIED = 20;

  private SurvivalDesign() {}

  /** One step of a Kaplan–Meier curve. */
  record Point(double time, double survival, double lower, double upper, int atRisk) {}

  record Curve(String group, List<Point> points) {}

  /** One row of the balance table: means and standardised mean difference, before and after. */
  record BalanceRow(
      String variable,
      double treatedBefore,
      double controlBefore,
      double smdBefore,
      double treatedAfter,
      double controlAfter,
      double smdAfter) {}

  record Result(
      int notified,
      int pool,
      int matched,
      int withoutBirthDate,
      int eventsNotified,
      int eventsComparison,
      List<BalanceRow> balance,
      List<Curve> curves,
      double logRankChisq,
      double logRankP,
      Estimate hazardRatio,
      String headline,
      List<Caveat> caveats,
      String command,
      List<InputFile> files) {}

  static Result run(SurvivalCohort full, LocalDate end) {
    int treatedCount = full.treatedCount();
    if (treatedCount == 0) {
      throw new IllegalArgumentException("no one was notified since the program started");
    }
    // A 0/1 covariate every notified person shares (group membership, typically) would separate
    // the propensity model perfectly: the comparisons are restricted to that value instead (an
    // exact match) and the covariate leaves the model.
    List<Integer> model = new ArrayList<>();
    List<BalanceRow> exact = new ArrayList<>();
    boolean[] keep = new boolean[full.people().size()];
    java.util.Arrays.fill(keep, true);
    for (int j = 0; j < SurvivalCohort.COVARIATES.size(); j++) {
      Double shared = sharedByNotified(full, j);
      if (shared == null) {
        model.add(j);
        continue;
      }
      double[] means = means(full, j);
      exact.add(
          new BalanceRow(
              SurvivalCohort.COVARIATES.get(j),
              means[0],
              means[1],
              means[0] - means[1],
              shared,
              shared,
              0));
      for (int i = 0; i < keep.length; i++) {
        keep[i] &= full.covariates()[i][j] == shared;
      }
    }
    SurvivalCohort cohort = full.subset(keep);
    List<String> names = model.stream().map(SurvivalCohort.COVARIATES::get).toList();
    double[][] x = new double[cohort.people().size()][model.size()];
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < model.size(); k++) {
        x[i][k] = cohort.covariates()[i][model.get(k)];
      }
    }
    PropensityMatching.Result m =
        PropensityMatching.match(names, x, cohort.notified(), MatchingOptions.defaults());
    List<String> ids = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<Double> times = new ArrayList<>();
    List<Boolean> events = new ArrayList<>();
    int[] eventCount = new int[2];
    StringBuilder csv = new StringBuilder("id,time,event,group\n");
    for (PropensityMatching.Pair p : m.pairs()) {
      LocalDate index = cohort.firstContact().get(p.treated());
      int[] rows = {p.treated(), p.control()};
      for (int k = 0; k < 2; k++) {
        long person = cohort.people().get(rows[k]);
        Integer days = cohort.daysToOffence(person, index, end);
        double time = days != null ? days : ChronoUnit.DAYS.between(index, end);
        String group = k == 0 ? "notified" : "comparison";
        String id = unit(rows[k]);
        ids.add(id);
        groups.add(group);
        times.add(time);
        events.add(days != null);
        eventCount[k] += days != null ? 1 : 0;
        csv.append(id)
            .append(',')
            .append(ItsDesign.whole(time))
            .append(',')
            .append(days != null ? 1 : 0)
            .append(',')
            .append(group)
            .append('\n');
      }
    }
    if (eventCount[0] + eventCount[1] == 0) {
      throw new IllegalArgumentException(
          "no new offence in either matched group yet (" + m.pairs().size() + " pairs)");
    }
    double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] e = new boolean[events.size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = events.get(i);
    }
    SurvivalAnalysis a =
        SurvivalAnalysis.of(
            new SurvivalData(t, e),
            Variable.Factor.of("group", groups.toArray(String[]::new)),
            List.of());
    if (a.cox() == null || a.logRank() == null) {
      throw new IllegalArgumentException("both groups are needed for the comparison");
    }
    Coefficient hr = a.cox().coefficients().get(0);
    Estimate est = Estimate.of(hr);
    List<Curve> curves = new ArrayList<>();
    for (Map.Entry<String, List<KaplanMeier.Step>> c : a.curves().entrySet()) {
      List<Point> pts = new ArrayList<>();
      pts.add(new Point(0, 1, 1, 1, c.getValue().isEmpty() ? 0 : c.getValue().get(0).atRisk()));
      for (KaplanMeier.Step s : c.getValue()) {
        pts.add(new Point(s.time(), s.survival(), s.lower(), s.upper(), s.atRisk()));
      }
      curves.add(new Curve(c.getKey(), pts));
    }
    List<BalanceRow> balance = new ArrayList<>();
    for (int i = 0; i < m.balance().before().size(); i++) {
      MatchingBalance b = m.balance().before().get(i);
      MatchingBalance af = m.balance().after().get(i);
      balance.add(
          new BalanceRow(
              b.variable(),
              b.meanTreated(),
              b.meanControl(),
              b.stdMeanDiff(),
              af.meanTreated(),
              af.meanControl(),
              af.stdMeanDiff()));
    }
    balance.addAll(exact);
    List<Caveat> caveats = caveats(cohort, m, balance, eventCount, treatedCount);
    for (BalanceRow b : exact) {
      caveats.add(
          new Caveat(
              "exact_match",
              "Every notified person has "
                  + b.variable().replace('_', ' ')
                  + " = "
                  + ItsDesign.whole(b.treatedAfter())
                  + ": comparisons are restricted to the same value (an exact match) and it"
                  + " leaves the propensity model; its SMD before matching is the raw difference."));
    }
    String headline =
        String.format(
            Locale.ROOT,
            "Among %d notified people and %d matched comparison people, the rate of a new offence"
                + " (as suspect or arrestee) %s for the notified (Cox hazard ratio %s; log-rank %s).",
            m.pairs().size(),
            m.pairs().size(),
            est.change(),
            Phrases.number(est.ratio()),
            Phrases.p(a.logRank().p()));
    return new Result(
        treatedCount,
        full.people().size() - treatedCount,
        m.pairs().size(),
        full.withoutBirthDate(),
        eventCount[0],
        eventCount[1],
        balance,
        curves,
        a.logRank().chisq(),
        a.logRank().p(),
        est,
        headline,
        caveats,
        "ceasefire analyze match --input match.csv --treatment notified --covariates "
            + String.join(",", names)
            + " --id id; ceasefire analyze survival --data survival.csv --group group",
        List.of(
            new InputFile("match.csv", matchCsv(cohort), true),
            new InputFile("survival.csv", csv.toString(), true)));
  }

  /** The value of 0/1 covariate {@code j} if every notified person has the same one, else null. */
  private static @org.jspecify.annotations.Nullable Double sharedByNotified(
      SurvivalCohort c, int j) {
    Double value = null;
    for (int i = 0; i < c.people().size(); i++) {
      double v = c.covariates()[i][j];
      if (v != 0 && v != 1) {
        return null;
      }
      if (c.notified()[i]) {
        if (value != null && value != v) {
          return null;
        }
        value = v;
      }
    }
    return value;
  }

  /** Means of covariate {@code j} among the notified [0] and the possible comparisons [1]. */
  private static double[] means(SurvivalCohort c, int j) {
    double[] sum = new double[2];
    int[] n = new int[2];
    for (int i = 0; i < c.people().size(); i++) {
      int g = c.notified()[i] ? 0 : 1;
      sum[g] += c.covariates()[i][j];
      n[g]++;
    }
    return new double[] {sum[0] / Math.max(1, n[0]), sum[1] / Math.max(1, n[1])};
  }

  /** A cohort row's id in the input files: its row number, never a person id. */
  static String unit(int row) {
    return "u" + (row + 1);
  }

  /** The matching input: one row per person of the cohort, covariates at the program's start. */
  static String matchCsv(SurvivalCohort cohort) {
    StringBuilder b =
        new StringBuilder("id,notified,").append(String.join(",", SurvivalCohort.COVARIATES));
    b.append('\n');
    for (int i = 0; i < cohort.people().size(); i++) {
      b.append(unit(i)).append(',').append(cohort.notified()[i] ? 1 : 0);
      for (double x : cohort.covariates()[i]) {
        b.append(',').append(ItsDesign.whole(x));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static List<Caveat> caveats(
      SurvivalCohort cohort,
      PropensityMatching.Result m,
      List<BalanceRow> balance,
      int[] events,
      int treated) {
    List<Caveat> out = new ArrayList<>();
    for (BalanceRow b : balance) {
      if (!b.variable().equals("distance") && Math.abs(b.smdAfter()) > UNBALANCED) {
        out.add(
            new Caveat(
                "unbalanced",
                String.format(
                    Locale.ROOT,
                    "The matched groups differ on %s: standardised mean difference %.2f (more than"
                        + " %.1f in absolute value), so the comparison is not like with like.",
                    b.variable().replace('_', ' '),
                    b.smdAfter(),
                    UNBALANCED)));
      }
    }
    if (events[0] < MIN_EVENTS || events[1] < MIN_EVENTS) {
      out.add(
          new Caveat(
              "few_events",
              "Few new offences: "
                  + events[0]
                  + " among the notified and "
                  + events[1]
                  + " among the comparison people (fewer than "
                  + MIN_EVENTS
                  + " in a group); the interval is wide."));
    }
    if (treated < MIN_NOTIFIED) {
      out.add(
          new Caveat(
              "few_people",
              "Only "
                  + treated
                  + " people notified since the start (fewer than "
                  + MIN_NOTIFIED
                  + ")."));
    }
    if (m.unmatchedTreated().length > 0) {
      out.add(
          new Caveat(
              "unmatched",
              m.unmatchedTreated().length
                  + " notified people found no comparison person and are left out."));
    }
    if (cohort.withoutBirthDate() > 0) {
      out.add(
          new Caveat(
              "no_birth_date",
              cohort.withoutBirthDate()
                  + " people without a date of birth could not be matched and are left out."));
    }
    m.caveats().forEach(c -> out.add(new Caveat("matching", c)));
    return out;
  }
}
