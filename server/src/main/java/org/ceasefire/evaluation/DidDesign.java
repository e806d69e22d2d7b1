package org.ceasefire.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ceasefire.analytics.stats.DifferenceInDifferences;
import org.ceasefire.analytics.stats.Family;
import org.ceasefire.analytics.stats.Variable;

/**
 * Difference-in-differences of the monthly outcome between target and comparison places, before and
 * from the program's first whole month: the rate ratio of treated:post in a Poisson model with
 * cluster-robust (CR1) standard errors, clustered by place. The robust errors carry the
 * overdispersion and the serial correlation of a place's months, so the Poisson point estimate
 * needs no negative-binomial variance.
 */
final class DidDesign {

  static final int MIN_CLUSTERS = 10;
  static final int MIN_CELL_EVENTS = 20;

  private DidDesign() {}

  /** One month of the chart: mean count per target and per comparison place. */
  record Row(String period, double target, double comparison) {}

  record Result(
      Estimate effect,
      int clusters,
      int targets,
      int comparisons,
      double[][] cellTotals,
      List<Row> series,
      String headline,
      List<Caveat> caveats,
      String command,
      List<InputFile> files) {}

  static Result run(
      String measure, YearMonth start, List<PlaceSeries> targets, List<PlaceSeries> comparisons) {
    List<YearMonth> months = targets.get(0).months();
    int n = (targets.size() + comparisons.size()) * months.size();
    double[] y = new double[n];
    double[] treated = new double[n];
    double[] post = new double[n];
    String[] cluster = new String[n];
    StringBuilder csv = new StringBuilder("unit,period,outcome,treated,post\n");
    double[][] cells = new double[2][2];
    int row = 0;
    List<PlaceSeries> all = new ArrayList<>(targets);
    all.addAll(comparisons);
    for (int u = 0; u < all.size(); u++) {
      PlaceSeries p = all.get(u);
      int tr = u < targets.size() ? 1 : 0;
      for (int i = 0; i < months.size(); i++) {
        int po = months.get(i).isBefore(start) ? 0 : 1;
        y[row] = p.counts()[i];
        treated[row] = tr;
        post[row] = po;
        cluster[row] = p.name();
        cells[tr][po] += y[row];
        csv.append(quoted(p.name()))
            .append(',')
            .append(months.get(i))
            .append(',')
            .append(ItsDesign.whole(y[row]))
            .append(',')
            .append(tr)
            .append(',')
            .append(po)
            .append('\n');
        row++;
      }
    }
    DifferenceInDifferences did =
        DifferenceInDifferences.fit(
            y,
            new Variable.Numeric("treated", treated),
            new Variable.Numeric("post", post),
            cluster,
            null,
            Family.POISSON);
    Estimate effect = Estimate.of(did.effect());
    List<Row> chart = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      chart.add(new Row(months.get(i).toString(), mean(targets, i), mean(comparisons, i)));
    }
    String headline =
        ItsDesign.capital(measure)
            + " in the target places "
            + effect.change()
            + " after the program started, relative to the change in the comparison places"
            + " (rate ratio "
            + Phrases.number(effect.ratio())
            + ", "
            + Phrases.p(effect.p())
            + ", cluster-robust errors over "
            + did.clusters()
            + " places).";
    return new Result(
        effect,
        did.clusters(),
        targets.size(),
        comparisons.size(),
        cells,
        chart,
        headline,
        caveats(start, months, did.clusters(), cells),
        "ceasefire analyze did --data did.csv --outcome outcome --treated treated --post post"
            + " --cluster unit --family poisson",
        List.of(new InputFile("did.csv", csv.toString(), false)));
  }

  private static List<Caveat> caveats(
      YearMonth start, List<YearMonth> months, int clusters, double[][] cells) {
    List<Caveat> out = new ArrayList<>();
    if (clusters < MIN_CLUSTERS) {
      out.add(
          new Caveat(
              "few_clusters",
              "Only "
                  + clusters
                  + " places (fewer than "
                  + MIN_CLUSTERS
                  + "): cluster-robust standard errors are too small with few clusters, so the"
                  + " interval is likely too narrow."));
    }
    long pre = months.stream().filter(m -> m.isBefore(start)).count();
    if (pre < ItsDesign.MIN_PRE_MONTHS) {
      out.add(
          new Caveat(
              "short_pre_period",
              "Only "
                  + pre
                  + " months before the program: too few to check that target and comparison"
                  + " places moved in parallel before it."));
    }
    double least = Math.min(Math.min(cells[0][0], cells[0][1]), Math.min(cells[1][0], cells[1][1]));
    if (least < MIN_CELL_EVENTS) {
      out.add(
          new Caveat(
              "few_events",
              String.format(
                  Locale.ROOT,
                  "Few events: the smallest of the four group-period totals is %.0f (fewer than"
                      + " %d).",
                  least,
                  MIN_CELL_EVENTS)));
    }
    return out;
  }

  private static double mean(List<PlaceSeries> places, int month) {
    double s = 0;
    for (PlaceSeries p : places) {
      s += p.counts()[month];
    }
    return s / places.size();
  }

  static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  /** A CSV cell, quoted when it holds a comma, quote or line break. */
  static String quotedIfNeeded(String text) {
    return text.matches("[^,\"\r\n]*") ? text : quoted(text);
  }
}
