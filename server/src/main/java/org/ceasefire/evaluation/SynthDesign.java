package org.ceasefire.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ceasefire.analytics.stats.SyntheticControl;

/**
 * Synthetic control (Abadie, Diamond and Hainmueller 2010): the target's monthly outcome against
 * the weighted combination of the comparison places that best reproduces its pre-program months,
 * with the placebo-in-space test (each comparison place in turn treated as if it had the program).
 * There is no confidence interval: the placebo p-value is the inference.
 */
final class SynthDesign {

  static final int MIN_DONORS = 5;

  private SynthDesign() {}

  /** A placebo's gap series, for the spaghetti chart. */
  record Placebo(String name, double[] gaps, double preRmspe, double ratio) {}

  record Result(
      String target,
      List<String> periods,
      double[] observed,
      double[] synthetic,
      double[] gaps,
      Map<String, Double> weights,
      double preRmspe,
      double postRmspe,
      double ratio,
      double averageEffect,
      double percentEffect,
      double pValue,
      double smallestP,
      List<Placebo> placebos,
      String headline,
      List<Caveat> caveats,
      String command,
      List<InputFile> files) {}

  static Result run(
      String measure, YearMonth start, List<PlaceSeries> targets, List<PlaceSeries> donors) {
    String name = targets.size() == 1 ? targets.get(0).name() : "the target places";
    PlaceSeries target = PlaceSeries.sum(name, targets);
    List<YearMonth> months = target.months();
    int t0 = (int) months.stream().filter(m -> m.isBefore(start)).count();
    List<String> donorNames = donors.stream().map(PlaceSeries::name).toList();
    double[][] x0 = donors.stream().map(PlaceSeries::counts).toArray(double[][]::new);
    SyntheticControl.Result r = SyntheticControl.fit(name, target.counts(), donorNames, x0, t0);
    List<Placebo> placebos = new ArrayList<>();
    for (SyntheticControl.Placebo p : r.placebos()) {
      placebos.add(new Placebo(p.name(), p.gap(), p.preRmspe(), p.ratio()));
    }
    StringBuilder csv = new StringBuilder("unit,period,value\n");
    List<PlaceSeries> all = new ArrayList<>();
    all.add(target);
    all.addAll(donors);
    for (PlaceSeries p : all) {
      for (int i = 0; i < months.size(); i++) {
        csv.append(DidDesign.quoted(p.name()))
            .append(',')
            .append(months.get(i))
            .append(',')
            .append(ItsDesign.whole(p.counts()[i]))
            .append('\n');
      }
    }
    List<Caveat> caveats = new ArrayList<>();
    if (donors.size() < MIN_DONORS) {
      caveats.add(
          new Caveat(
              "few_donors",
              "Only "
                  + donors.size()
                  + " comparison places (fewer than "
                  + MIN_DONORS
                  + "): the smallest p-value the placebo test can give is "
                  + Phrases.number(1.0 / (donors.size() + 1))
                  + "."));
    }
    r.caveats().forEach(c -> caveats.add(new Caveat("synthetic_control", c)));
    double smallest = 1.0 / (donors.size() + 1);
    String direction = r.averageEffect() < 0 ? "lower" : "higher";
    String headline =
        String.format(
            Locale.ROOT,
            "%s in %s were on average %.1f a month %s (%s) than in their synthetic control since the"
                + " program started; the placebo-in-space p-value is %.2f (the smallest possible"
                + " with %d comparison places is %.2f). No confidence interval: the placebo test"
                + " is the inference.",
            ItsDesign.capital(measure),
            name,
            Math.abs(r.averageEffect()),
            direction,
            Phrases.signed(r.percentEffect() / 100),
            r.pValue(),
            donors.size(),
            smallest);
    String command =
        "ceasefire analyze synth --input synth.csv --target '"
            + name.replace("'", "'\\''")
            + "' --start "
            + start;
    return new Result(
        name,
        months.stream().map(YearMonth::toString).toList(),
        target.counts(),
        r.synthetic(),
        r.gap(),
        r.weights(),
        r.preRmspe(),
        r.postRmspe(),
        r.ratio(),
        r.averageEffect(),
        r.percentEffect(),
        r.pValue(),
        smallest,
        placebos,
        headline,
        caveats,
        command,
        List.of(new InputFile("synth.csv", csv.toString(), false)));
  }
}
