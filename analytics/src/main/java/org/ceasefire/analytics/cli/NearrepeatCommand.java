package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.nearrepeat.Bands;
import org.ceasefire.analytics.nearrepeat.KnoxTable;
import org.ceasefire.analytics.nearrepeat.SameLocation;
import org.ceasefire.analytics.nearrepeat.SpaceTimeEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze nearrepeat}: the Near Repeat Calculator's Knox table with Monte Carlo. */
@Command(
    name = "nearrepeat",
    mixinStandardHelpOptions = true,
    description = {
      "Pairs of events by distance band x time band ([b0,b1], (b1,b2], ...; time in whole days),"
          + " against the mean over permutations of event times among the locations.",
      "Output: {\"distance_bands\",\"time_bands\",\"observed\",\"expected\",\"ratio\",\"p\"}"
          + " (matrices, rows = distance bands; bands as [lower, upper])."
    })
final class NearrepeatCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "FILE", description = "id,x,y,t[,type]")
  Path events;

  @Option(
      names = "--distance-bands",
      required = true,
      paramLabel = "M,M,...",
      description = "Distance band edges in metres, e.g. 0,100,200,300.")
  String distanceBands;

  @Option(
      names = "--time-bands",
      required = true,
      paramLabel = "D,D,...",
      description = "Time band edges in days, e.g. 0,7,14,21.")
  String timeBands;

  @Option(
      names = "--same-location",
      description = "Give pairs at the very same location their own first distance row [0,0].")
  boolean sameLocation;

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
    Bands distance = BandList.parse("--distance-bands", distanceBands);
    Bands time = BandList.parse("--time-bands", timeBands);
    Require.atLeast("--permutations", permutations, 1);
    EventsFile file = EventsFile.read(events, lonlat, true);
    KnoxTable.Result r =
        KnoxTable.compute(
            new SpaceTimeEvents(file.points(), file.seconds()),
            distance,
            time,
            sameLocation ? SameLocation.SEPARATE : SameLocation.POOLED,
            permutations,
            seed);
    List<double[]> rows = new ArrayList<>();
    if (sameLocation) {
      rows.add(new double[] {0, 0});
    }
    rows.addAll(bands(distance));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("distance_bands", rows);
    out.put("time_bands", bands(time));
    out.put("observed", r.observed());
    out.put("expected", r.expected());
    out.put("ratio", r.ratio());
    out.put("p", r.p());
    output.write(spec, out);
  }

  private static List<double[]> bands(Bands b) {
    List<double[]> list = new ArrayList<>();
    for (int i = 0; i < b.count(); i++) {
      list.add(new double[] {b.lower(i), b.upper(i)});
    }
    return list;
  }
}
