package org.ceasefire.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A seeded mutation fuzzer: takes valid files and damages them the way real exports are damaged
 * (bytes flipped, quotes unbalanced, fields huge, byte-order marks, NULs, mixed line ends, UTF-8
 * cut mid-character, lines dropped or doubled), then runs a target on each result with a time
 * limit. The seed and iteration count come from {@code -Dceasefire.fuzz.seed} and {@code
 * -Dceasefire.fuzz.iterations} (a few hundred by default, for the build); a failing input names its
 * seed so it reruns exactly.
 */
public final class Mutations {

  /** What the target does with one input. */
  public interface Target {
    void accept(byte[] input) throws Exception;
  }

  public static long seed() {
    return Long.getLong("ceasefire.fuzz.seed", 20261201L);
  }

  public static int iterations(int byDefault) {
    return Integer.getInteger("ceasefire.fuzz.iterations", byDefault);
  }

  /**
   * Runs {@code target} on {@code iterations} mutants of the seeds; an exception the {@code
   * expected} predicate does not accept, or an input taking longer than {@code secondsEach}, fails
   * with the iteration's seed. Returns how many inputs were tried.
   */
  public static int run(
      String name, List<String> seeds, int iterations, Predicate<Throwable> expected, Target target)
      throws Exception {
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "fuzz-" + name);
              t.setDaemon(true);
              return t;
            });
    try {
      SplittableRandom master = new SplittableRandom(seed() ^ name.hashCode());
      for (int i = 0; i < iterations; i++) {
        long inputSeed = master.nextLong();
        byte[] input = mutate(seeds, new SplittableRandom(inputSeed));
        Future<?> run =
            worker.submit(
                () -> {
                  target.accept(input);
                  return null;
                });
        try {
          run.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          run.cancel(true);
          throw new AssertionError(name + ": input " + i + " (seed " + inputSeed + ") hangs", e);
        } catch (java.util.concurrent.ExecutionException e) {
          if (!expected.test(e.getCause())) {
            throw new AssertionError(
                name
                    + ": input "
                    + i
                    + " (seed "
                    + inputSeed
                    + ") crashed with "
                    + e.getCause()
                    + "\n--- input ---\n"
                    + preview(input),
                e.getCause());
          }
        }
      }
      return iterations;
    } finally {
      worker.shutdownNow();
    }
  }

  static String preview(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    return text.length() > 600 ? text.substring(0, 600) + "..." : text;
  }

  /** One to four mutations of one seed (sometimes of random text instead). */
  public static byte[] mutate(List<String> seeds, SplittableRandom r) {
    byte[] b =
        r.nextInt(10) == 0
            ? randomText(r)
            : seeds.get(r.nextInt(seeds.size())).getBytes(StandardCharsets.UTF_8);
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      b = once(b, r);
    }
    return b;
  }

  private static final byte[][] TOKENS = {
    {'"'},
    {','},
    {'\n'},
    {'\r'},
    {'\r', '\n'},
    {0},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xC3},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xFF},
    "NaN".getBytes(),
    "-1e309".getBytes(),
    "Infinity".getBytes(),
    "9999999999999999999999".getBytes(),
    "2026-02-30".getBytes(),
    "2026-13-01T25:61".getBytes(),
    "\"\"".getBytes(),
    " ".getBytes(),
    "\t".getBytes(),
    "-0".getBytes(),
    "1e5".getBytes(),
    "0x1F".getBytes(),
    "\\".getBytes(),
    "\u00e9".getBytes(StandardCharsets.UTF_8)
  };

  private static byte[] once(byte[] b, SplittableRandom r) {
    int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
    switch (r.nextInt(9)) {
      case 0 -> { // flip a bit
        if (b.length > 0) {
          b = b.clone();
          b[Math.min(at, b.length - 1)] ^= (byte) (1 << r.nextInt(8));
        }
      }
      case 1, 2 -> b = insert(b, at, TOKENS[r.nextInt(TOKENS.length)]);
      case 3 -> { // delete a range
        int len = Math.min(b.length - Math.min(at, b.length), 1 + r.nextInt(40));
        byte[] out = new byte[b.length - len];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + len, out, at, b.length - at - len);
        b = out;
      }
      case 4 -> { // duplicate a range (lines repeated)
        int len = Math.min(b.length - at, 1 + r.nextInt(200));
        b = insert(b, at, Arrays.copyOfRange(b, at, at + len));
      }
      case 5 -> { // a huge field
        byte[] huge = new byte[10_000 + r.nextInt(200_000)];
        Arrays.fill(huge, (byte) ('a' + r.nextInt(26)));
        b = insert(b, at, huge);
      }
      case 6 -> b = Arrays.copyOf(b, at); // truncated, maybe inside a UTF-8 character
      case 7 -> { // line ends swapped
        String s = new String(b, StandardCharsets.ISO_8859_1);
        s = r.nextBoolean() ? s.replace("\n", "\r\n") : s.replace("\n", "\r");
        b = s.getBytes(StandardCharsets.ISO_8859_1);
      }
      default -> b = insert(b, at, new byte[] {(byte) r.nextInt(256)});
    }
    return b;
  }

  private static byte[] randomText(SplittableRandom r) {
    byte[] b = new byte[r.nextInt(400)];
    for (int i = 0; i < b.length; i++) {
      b[i] =
          r.nextInt(4) == 0
              ? (byte) r.nextInt(256)
              : (byte) ",\"\n\r abc123.-:T".charAt(r.nextInt(15));
    }
    return b;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] out = new byte[b.length + what.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(b, at, out, at + what.length, b.length - at);
    return out;
  }

  private Mutations() {}
}
