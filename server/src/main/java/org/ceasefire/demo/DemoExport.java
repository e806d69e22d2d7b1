package org.ceasefire.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code ./ceasefire demo-export DIR [--scale N] [--seed S]}: writes the synthetic demo region as
 * analysis-ready CSV files in the formats of {@code ceasefire analyze} (docs/analytics.md),
 * straight from the generator — no database and no access question, since nothing in it is real.
 */
public final class DemoExport {

  /** The seed `./ceasefire demo` uses by default (ceasefire.demo.seed). */
  static final long DEFAULT_SEED = 20260101L;

  private DemoExport() {}

  /** Exit code 0 when written, 2 on a usage error. */
  public static int run(String[] args) {
    Path dir = null;
    long seed = DEFAULT_SEED;
    int scale = 1;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--scale" -> scale = Integer.parseInt(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          default -> {
            if (args[i].startsWith("-") || dir != null) {
              return usage("unknown option '" + args[i] + "'");
            }
            dir = Path.of(args[i]);
          }
        }
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return usage("--scale and --seed take a whole number");
    }
    if (dir == null) {
      return usage("name the folder to write into");
    }
    if (scale < 1) {
      return usage("--scale must be at least 1");
    }
    LocalDate yesterday = LocalDate.now(DemoParameters.CONNECTICUT_TIME).minusDays(1);
    DemoParameters parameters = DemoParameters.of(seed, scale, yesterday);
    write(new DemoRegionGenerator(parameters), parameters, dir);
    System.out.println(
        "demo region written to " + dir + " (program start " + parameters.programStart() + ")");
    return 0;
  }

  /** Generates and writes one tile at a time: memory holds one tile whatever the scale. */
  static void write(DemoRegionGenerator generator, DemoParameters parameters, Path dir) {
    try {
      Files.createDirectories(dir);
      try (DemoExportFiles files = new DemoExportFiles(parameters.programStart(), dir)) {
        for (int t = 0; t < generator.tiles(); t++) {
          files.add(generator.tile(t));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo export to " + dir, e);
    }
  }

  private static int usage(String problem) {
    System.err.println("ceasefire demo-export: " + problem);
    System.err.println("usage: ceasefire demo-export DIR [--scale N] [--seed S]");
    return 2;
  }
}
