package org.ceasefire.analytics.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.ceasefire.analytics.nearrepeat.SpaceTimeEvents;
import org.ceasefire.analytics.spatial.Contiguity;
import org.ceasefire.analytics.spatial.Kernel;
import org.ceasefire.analytics.spatial.Points;

/**
 * Peak heap of one run of a workload, in a fresh JVM: {@code PeakHeap nearrepeat 50000 | kde
 * QUARTIC | gistar QUEEN}. Input data is built and kept first; then the heap pools' peaks are reset
 * and the method runs once; the figure is the sum of the pools' peak use minus the heap in use
 * before the run (it includes garbage not yet collected, so it is an upper bound).
 */
public final class PeakHeap {

  private PeakHeap() {}

  public static void main(String[] args) {
    Runnable run;
    switch (args[0]) {
      case "nearrepeat" -> {
        SpaceTimeEvents e = Workloads.nearRepeatEvents(Integer.parseInt(args[1]));
        run = () -> Workloads.nearRepeat(e);
      }
      case "kde" -> {
        Points p = Workloads.kdeEvents(1_000_000);
        run = () -> Workloads.kde(p, Kernel.valueOf(args[1]));
      }
      case "gistar" -> {
        double[] v = Workloads.gridValues();
        run = () -> Workloads.gistar(v, Contiguity.valueOf(args[1]));
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    run.run();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "%s: input %d MB, peak heap during run %d MB above input, cold run %d ms%n",
        String.join(" ", args), before >> 20, (peak - before) >> 20, millis);
  }
}
