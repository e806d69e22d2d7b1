package org.ceasefire.analytics.network;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs per-source work on a fixed number of threads. Source {@code s} always goes to worker {@code
 * s % threads} and worker results are summed in worker order, so a result depends only on the
 * thread count, never on scheduling.
 */
final class Workers {

  private Workers() {}

  /** The default thread count: the available processors. */
  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Sums per-worker arrays of length {@code size}; {@code worker.apply(w)} gets the worker index
   * and must fill its own array for the sources {@code w, w + threads, ...}.
   */
  static double[][] run(int threads, IntFunction<double[][]> worker) {
    if (threads <= 1) {
      return worker.apply(0);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<double[][]>> parts = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        int id = w;
        parts.add(pool.submit(() -> worker.apply(id)));
      }
      double[][] total = parts.get(0).get();
      for (int w = 1; w < threads; w++) {
        double[][] part = parts.get(w).get();
        for (int k = 0; k < total.length; k++) {
          for (int i = 0; i < total[k].length; i++) {
            total[k][i] += part[k][i];
          }
        }
      }
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
