package org.ceasefire.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU seconds used so far by a process and everything under it (Linux {@code /proc}): its own user
 * and system time, what it collected from children that ended (a PostgreSQL server's ended
 * backends), and the time of each living descendant. Two readings around the measured part of a
 * load run give the CPU it cost, per process tree.
 */
final class ProcessCpu {

  private static final double TICKS = 100.0; // USER_HZ on Linux

  private ProcessCpu() {}

  /**
   * The watched process trees and the generator itself, read at {@link #start} and {@link #stop}.
   * Watching nothing reports nothing.
   */
  static final class Meter {
    private final Map<String, Long> trees = new LinkedHashMap<>();
    private final Map<String, Double> atStart = new LinkedHashMap<>();
    private final Map<String, Double> used = new LinkedHashMap<>();

    Meter(Map<String, Long> watched) {
      trees.putAll(watched);
      if (!watched.isEmpty()) {
        trees.put("generator", ProcessHandle.current().pid());
      }
    }

    boolean started() {
      return !atStart.isEmpty() || trees.isEmpty();
    }

    void start() {
      trees.forEach((name, pid) -> atStart.put(name, seconds(pid)));
    }

    void stop() {
      atStart.forEach((name, from) -> used.put(name, seconds(trees.get(name)) - from));
    }

    /** Seconds of CPU per tree between start and stop (empty before stop, or watching nothing). */
    Map<String, Double> used() {
      return used;
    }
  }

  /** Seconds of CPU of {@code pid} and its living descendants; NaN off Linux. */
  static double seconds(long pid) {
    Map<Long, long[]> stats = new HashMap<>(); // pid -> {ppid, own ticks, children's ticks}
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        long[] s = stat(p.resolve("stat"));
        if (s != null) {
          stats.put(Long.parseLong(p.getFileName().toString()), s);
        }
      }
    } catch (IOException e) {
      return Double.NaN;
    }
    long[] root = stats.get(pid);
    if (root == null) {
      return Double.NaN;
    }
    long ticks = root[1] + root[2];
    List<Long> parents = new ArrayList<>(List.of(pid));
    while (!parents.isEmpty()) {
      List<Long> next = new ArrayList<>();
      for (Map.Entry<Long, long[]> e : stats.entrySet()) {
        if (parents.contains(e.getValue()[0])) {
          ticks += e.getValue()[1];
          next.add(e.getKey());
        }
      }
      parents = next;
    }
    return ticks / TICKS;
  }

  private static long[] stat(Path file) {
    try {
      String line = Files.readString(file);
      // after the command in parentheses: state ppid ... utime(14) stime(15) cutime(16) cstime(17)
      String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
      long ppid = Long.parseLong(f[1]);
      long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      long children = Long.parseLong(f[13]) + Long.parseLong(f[14]);
      return new long[] {ppid, own, children};
    } catch (IOException | RuntimeException gone) {
      return null; // ended while read
    }
  }
}
