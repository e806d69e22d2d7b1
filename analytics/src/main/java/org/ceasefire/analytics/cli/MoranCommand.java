package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.spatial.GlobalMoran;
import org.ceasefire.analytics.spatial.LocalMoran;
import org.ceasefire.analytics.spatial.Weights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze moran}: global and local Moran's I on row-standardised weights. */
@Command(
    name = "moran",
    mixinStandardHelpOptions = true,
    description = {
      "Global Moran's I (normal and randomisation moments, permutation p) and local Moran's I"
          + " (conditional moments, quadrant, p) with row-standardised weights.",
      "Output: {\"global\":{\"I\",\"expected\",\"variance_normal\",\"z_normal\","
          + "\"variance_randomization\",\"z_randomization\",\"p_permutation\"},"
          + "\"local\":[{\"id\",\"Ii\",\"z\",\"p\",\"quadrant\"}]}."
    })
final class MoranCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--areas", required = true, paramLabel = "FILE", description = "id,value")
  Path areas;

  @Option(
      names = "--weights",
      required = true,
      paramLabel = "FILE",
      description = "id,neighbor[,weight]")
  Path weights;

  @Option(
      names = "--permutations",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Permutations for the global p and the local conditional-permutation p (default 0:"
              + " no global p, local p from the normal approximation).")
  int permutations;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed.")
  long seed = 1;

  @Mixin OutputFile output = new OutputFile();

  @Override
  public void run() {
    Require.atLeast("--permutations", permutations, 0);
    AreasFile a = AreasFile.read(areas);
    if (a.ids().length < 4) {
      throw new InputException(areas + ": Moran's I needs at least 4 areas");
    }
    Weights w = WeightsFile.read(weights, a, false).rowStandardised();
    GlobalMoran.Result g = GlobalMoran.test(a.values(), w, permutations, seed);
    LocalMoran.Result l = LocalMoran.test(a.values(), w, permutations, seed);
    Map<String, Object> global = new LinkedHashMap<>();
    global.put("I", g.i());
    global.put("expected", g.expected());
    global.put("variance_normal", g.varianceNormal());
    global.put("z_normal", g.zNormal());
    global.put("variance_randomization", g.varianceRandomization());
    global.put("z_randomization", g.zRandomization());
    global.put("p_permutation", g.pPermutation());
    List<Map<String, Object>> local = new ArrayList<>();
    for (int i = 0; i < a.ids().length; i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.ids()[i]);
      m.put("Ii", l.ii()[i]);
      m.put("z", l.z()[i]);
      m.put("p", l.p()[i]);
      m.put("quadrant", l.quadrant()[i]);
      local.add(m);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("global", global);
    result.put("local", local);
    output.write(spec, result);
  }
}
