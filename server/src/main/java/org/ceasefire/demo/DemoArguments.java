package org.ceasefire.demo;

/**
 * Reads {@code --scale N} / {@code --scale=N} and {@code --seed N} / {@code --seed=N} from the
 * command line of {@code ./ceasefire demo}. They are short for the properties {@code
 * ceasefire.demo.scale} and {@code ceasefire.demo.seed}, which Spring alone would not bind from
 * {@code --scale 100} (it reads a valueless option and a stray "100").
 */
final class DemoArguments {

  private DemoArguments() {}

  /** The properties with any scale or seed given on the command line applied. */
  static DemoProperties apply(DemoProperties properties, String[] args) {
    int scale = properties.scale();
    long seed = properties.seed();
    for (int i = 0; i < args.length; i++) {
      String next = i + 1 < args.length ? args[i + 1] : "";
      if (args[i].equals("--scale")) {
        scale = (int) parse(next, "--scale");
      } else if (args[i].startsWith("--scale=")) {
        scale = (int) parse(args[i].substring("--scale=".length()), "--scale");
      } else if (args[i].equals("--seed")) {
        seed = parse(next, "--seed");
      } else if (args[i].startsWith("--seed=")) {
        seed = parse(args[i].substring("--seed=".length()), "--seed");
      }
    }
    return new DemoProperties(properties.load(), scale, seed);
  }

  private static long parse(String value, String option) {
    try {
      return option.equals("--scale") ? Integer.parseInt(value) : Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'", e);
    }
  }
}
