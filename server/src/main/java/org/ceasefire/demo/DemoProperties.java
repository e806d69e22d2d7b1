package org.ceasefire.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo settings: whether to load the demo region on first start, how many copies of the nine-city
 * region to generate ({@code --scale=N} on the command line; 100 gives millions of incidents for
 * benchmarks), the seed (same seed and day, same data) and how the incidents go in: {@code copy}
 * (straight into the tables, the fastest) or {@code import} (as files through the import engine,
 * every row checked like a partner's file: {@code --incidents=import}).
 */
@ConfigurationProperties("ceasefire.demo")
record DemoProperties(
    @DefaultValue("false") boolean load,
    @DefaultValue("1") int scale,
    @DefaultValue("20260101") long seed,
    @DefaultValue("copy") String incidents) {

  DemoProperties {
    if (scale < 1 || scale > 10_000) {
      throw new IllegalArgumentException(
          "ceasefire.demo.scale must be between 1 and 10000, not " + scale);
    }
    if (!incidents.equals("copy") && !incidents.equals("import")) {
      throw new IllegalArgumentException(
          "ceasefire.demo.incidents must be copy or import, not '" + incidents + "'");
    }
  }
}
