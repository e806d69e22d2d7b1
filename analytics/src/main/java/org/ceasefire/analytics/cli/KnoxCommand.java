package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ceasefire.analytics.nearrepeat.KnoxTest;
import org.ceasefire.analytics.nearrepeat.SpaceTimeEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze knox}: the Knox test at one distance and one time threshold. */
@Command(
    name = "knox",
    mixinStandardHelpOptions = true,
    description = {
      "Knox test: pairs within --distance metres and --days whole days, the exact expectation"
          + " under permutation of times, and a Monte Carlo p.",
      "Output: {\"observed\",\"expected\",\"p\"}."
    })
final class KnoxCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "FILE", description = "id,x,y,t[,type]")
  Path events;

  @Option(names = "--distance", required = true, paramLabel = "M", description = "Metres.")
  double distance;

  @Option(names = "--days", required = true, paramLabel = "D", description = "Whole days.")
  double days;

  @Option(
      names = "--permutations",
      defaultValue = "999",
      paramLabel = "N",
      description = "Monte Carlo permutations (default 999).")
  int permutations = 999;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed.")
  long seed = 1;

  @Option(names = "--lonlat", description = "x, y are longitude, latitude: project them.")
  boolean lonlat;

  @Mixin OutputFile output = new OutputFile();

  @Override
  public void run() {
    if (!(distance >= 0) || !Double.isFinite(distance)) {
      throw new InputException("--distance: must be a number ≥ 0, not " + distance);
    }
    if (!(days >= 0) || !Double.isFinite(days)) {
      throw new InputException("--days: must be a number ≥ 0, not " + days);
    }
    Require.atLeast("--permutations", permutations, 1);
    EventsFile file = EventsFile.read(events, lonlat, true);
    KnoxTest.Result r =
        KnoxTest.compute(
            new SpaceTimeEvents(file.points(), file.seconds()), distance, days, permutations, seed);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("observed", r.observed());
    out.put("expected", r.expected());
    out.put("p", r.p());
    output.write(spec, out);
  }
}
