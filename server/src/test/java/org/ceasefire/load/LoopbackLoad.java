package org.ceasefire.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A constant-rate loopback load generator for a running Ceasefire with the demo users. It sends
 * request i at start + i / rate whatever happened to the ones before (open model), and measures
 * each from that intended time, so a server that stalls shows as latency, not as a lower rate (no
 * coordinated omission). A warm-up comes first and is not counted: its rate rises evenly from a
 * tenth of the rate to the rate, so that a server just started compiles its code under a load it
 * can carry rather than queueing requests into the measured part ({@link #sendAt}). Sign-in and the
 * preparation use the JDK's HTTP client; the measured requests go over each session's own
 * keep-alive connections ({@link Wire}), as lean a client as wrk, so that the generator takes
 * little of the CPU it shares with the server.
 *
 * <pre>
 * java -cp server/target/test-classes:server/target/classes org.ceasefire.load.LoopbackLoad \
 *   --base http://127.0.0.1:8080 --rate 300 --duration 300 [--warmup 30] [--mix name:w,...] \
 *   [--cpu server=PID,database=PID] [--connections 512] \
 *   [--seed 1] [--out FILE.md]
 * </pre>
 */
public final class LoopbackLoad {

  /** How long from its intended time a request may wait for a connection before it counts lost. */
  private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

  private LoopbackLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    URI base = URI.create(o.getOrDefault("--base", "http://127.0.0.1:8080") + "/");
    double rate = Double.parseDouble(o.getOrDefault("--rate", "300"));
    int duration = Integer.parseInt(o.getOrDefault("--duration", "300"));
    int warmup = Integer.parseInt(o.getOrDefault("--warmup", "30"));
    long seed = Long.parseLong(o.getOrDefault("--seed", "1"));
    String password = o.getOrDefault("--password", "ceasefire-demo-2026");
    RequestMix mix =
        RequestMix.parse(o.getOrDefault("--mix", Scenario.DEFAULT_MIX), Scenario.REQUESTS);
    ExecutorService pool =
        Executors.newFixedThreadPool(Integer.parseInt(o.getOrDefault("--threads", "16")));
    List<LoadSession> writers = new ArrayList<>();
    List<LoadSession> readers = new ArrayList<>();
    for (String user : List.of("analyst", "investigator", "coordinator", "prosecutor")) {
      LoadSession s = new LoadSession(base, user, pool);
      s.signIn(password);
      readers.add(s);
      if (user.equals("analyst") || user.equals("investigator")) {
        writers.add(s);
      }
    }
    Random random = new Random(seed);
    Scenario scenario = new Scenario(readers, writers);
    long t0 = System.nanoTime();
    scenario.prepare(random, Integer.parseInt(o.getOrDefault("--sample-days", "60")));
    System.out.printf(
        Locale.ROOT,
        "prepared in %.1f s: %d incidents, %d people, %d surnames, %d streets, %d reviews%n",
        (System.nanoTime() - t0) / 1e9,
        scenario.incidents.size(),
        scenario.people.size(),
        scenario.surnames.size(),
        scenario.streets.size(),
        scenario.reviews.size());
    System.out.println(
        "mix "
            + mix
            + ", "
            + rate
            + " req/s, warm-up "
            + warmup
            + " s, measured "
            + duration
            + " s");
    ProcessCpu.Meter cpu = new ProcessCpu.Meter(watched(o.getOrDefault("--cpu", "")));
    int connections = Integer.parseInt(o.getOrDefault("--connections", "512"));
    Latencies latencies = run(scenario, mix, random, rate, warmup, duration, cpu, connections);
    String report = report(latencies, rate, duration, mix) + cpuReport(cpu.used(), latencies);
    System.out.print(report);
    if (o.containsKey("--out")) {
      Files.writeString(Path.of(o.get("--out")), report);
    }
    pool.shutdownNow();
    System.exit(latencies.all().errors() == 0 ? 0 : 1);
  }

  static Latencies run(
      Scenario scenario,
      RequestMix mix,
      Random random,
      double rate,
      int warmup,
      int duration,
      ProcessCpu.Meter cpu,
      int connections)
      throws InterruptedException {
    // each sender holds one connection while it waits for the answer; requests beyond that many
    // in flight wait in the queue, their time there counted, as the time is from the intended send
    ExecutorService senders = Executors.newFixedThreadPool(connections);
    Latencies latencies = new Latencies();
    Map<String, ConcurrentLinkedQueue<String>> failures = new ConcurrentHashMap<>();
    AtomicInteger inFlight = new AtomicInteger();
    long start = System.nanoTime() + 100_000_000L;
    long measureFrom = start + warmup * 1_000_000_000L;
    long end = measureFrom + duration * 1_000_000_000L;
    long nextTick = measureFrom;
    // per second of the measured part (by intended send): the slowest answer and how many took
    // longer than the bound, to tell a steady queue from stalls
    AtomicLongArray slowest = new AtomicLongArray(duration);
    AtomicIntegerArray overBound = new AtomicIntegerArray(duration);
    for (long i = 0; ; i++) {
      long intended = start + sendAt(i, rate, warmup);
      if (intended >= end) {
        break;
      }
      long wait;
      while ((wait = intended - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      if (intended >= measureFrom && !cpu.started()) {
        cpu.start();
      }
      if (intended >= nextTick) {
        System.out.printf(
            Locale.ROOT,
            "%s  t=%+4ds  in flight %d%n",
            Instant.now(),
            (intended - measureFrom) / 1_000_000_000L,
            inFlight.get());
        nextTick += 30_000_000_000L;
      }
      Scenario.Request r = scenario.build(mix.pick(random.nextDouble()), random);
      boolean counted = intended >= measureFrom;
      inFlight.incrementAndGet();
      senders.execute(
          () -> {
            Wire.Answer answer = null;
            Exception error = null;
            if (System.nanoTime() - intended > GIVE_UP_NANOS) {
              // a user would have given up: the server fell so far behind that the request waited
              // for a connection longer than anyone waits for a page
              error = new IOException("not sent: waited 30 s for a free connection");
            } else {
              try {
                answer = r.session().wire().send(r.path(), r.form());
              } catch (IOException | RuntimeException e) {
                error = e;
              }
            }
            long micros = (System.nanoTime() - intended) / 1_000;
            boolean ok = answer != null && r.ok().test(answer);
            if (counted) {
              latencies.add(r.name(), micros, ok);
              int second = (int) ((intended - measureFrom) / 1_000_000_000L);
              slowest.accumulateAndGet(second, micros, Math::max);
              if (micros > BOUND_MICROS) {
                overBound.incrementAndGet(second);
              }
            }
            if (!ok) {
              var q = failures.computeIfAbsent(r.name(), n -> new ConcurrentLinkedQueue<>());
              if (q.size() < 3) {
                q.add(error != null ? error.toString() : answer.status() + " " + r.path());
              }
            }
            inFlight.decrementAndGet();
          });
    }
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (inFlight.get() > 0 && System.nanoTime() < giveUp) {
      Thread.sleep(50);
    }
    cpu.stop();
    senders.shutdownNow();
    if (inFlight.get() > 0) { // cannot happen: each waits 30 s at most to be sent and 30 s then
      System.out.println("still " + inFlight.get() + " requests unanswered after 60 s");
      for (int k = inFlight.get(); k > 0; k--) {
        latencies.add("unanswered", 60_000_000L, false);
      }
    }
    failures.forEach((name, q) -> System.out.println("failed " + name + ": " + q));
    printSlowSeconds(slowest, overBound);
    return latencies;
  }

  /**
   * When request {@code i} is due, in nanoseconds from the start: during the warm-up the rate rises
   * evenly from a tenth of {@code rate} to {@code rate}, then it stays at {@code rate}. By time t
   * of the warm-up W, rate × (t/10 + 0.45 t²/W) requests are due, 0.55 × rate × W by its end.
   */
  static long sendAt(long i, double rate, int warmup) {
    double rampRequests = 0.55 * rate * warmup;
    double seconds =
        i < rampRequests
            ? (Math.sqrt(0.01 + 1.8 * i / (rate * warmup)) - 0.1) * warmup / 0.9
            : warmup + (i - rampRequests) / rate;
    return (long) (seconds * 1e9);
  }

  /** The bound of the target: p99 under 100 ms. */
  private static final long BOUND_MICROS = 100_000;

  /** The seconds with answers over the bound: how many, and the 15 with most, in time order. */
  private static void printSlowSeconds(AtomicLongArray slowest, AtomicIntegerArray overBound) {
    List<Integer> seconds = new ArrayList<>();
    for (int t = 0; t < slowest.length(); t++) {
      if (overBound.get(t) > 0) {
        seconds.add(t);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d of %d seconds had answers over 100 ms%n",
        seconds.size(),
        slowest.length());
    seconds.stream()
        .sorted(Comparator.comparingInt(overBound::get).reversed())
        .limit(15)
        .sorted()
        .forEach(
            t ->
                System.out.printf(
                    Locale.ROOT,
                    "  t=%+4ds  %d over 100 ms, slowest %.1f ms%n",
                    t,
                    overBound.get(t),
                    slowest.get(t) / 1000.0));
  }

  static String report(Latencies latencies, double rate, int duration, RequestMix mix) {
    StringBuilder s = new StringBuilder();
    Latencies.Summary all = latencies.all();
    s.append(
        String.format(
            Locale.ROOT,
            "%noffered %.0f req/s for %d s; answered %d (%.1f req/s), errors %d%n%n",
            rate,
            duration,
            all.count(),
            all.count() / (double) duration,
            all.errors()));
    s.append("| request | share | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
    s.append("|---|---|---|---|---|---|---|---|\n");
    Map<String, Latencies.Summary> rows = new LinkedHashMap<>(latencies.byName());
    rows.put("**all**", all);
    rows.forEach(
        (name, x) ->
            s.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    name,
                    name.equals("**all**")
                        ? "100%"
                        : Math.round(100.0 * mix.weights().getOrDefault(name, 0) / mix.total())
                            + "%",
                    x.count(),
                    x.errors(),
                    x.p50() / 1e3,
                    x.p95() / 1e3,
                    x.p99() / 1e3,
                    x.max() / 1e3)));
    return s.toString();
  }

  /** {@code --cpu server=PID,database=PID}: the process trees whose CPU the report shows. */
  private static Map<String, Long> watched(String option) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String part : option.split(",")) {
      if (!part.isBlank()) {
        String[] kv = part.split("=", 2);
        out.put(kv[0].trim(), Long.parseLong(kv[1].trim()));
      }
    }
    return out;
  }

  /** CPU of the measured part per watched process tree, in all and per right answer. */
  static String cpuReport(Map<String, Double> cpu, Latencies latencies) {
    if (cpu.isEmpty()) {
      return "";
    }
    Latencies.Summary all = latencies.all();
    long right = Math.max(1, all.count() - all.errors()); // not what failed or was never sent
    StringBuilder s =
        new StringBuilder("\n| CPU of the measured part | s | ms per right answer |\n");
    s.append("|---|---|---|\n");
    double total = 0;
    for (Map.Entry<String, Double> e : cpu.entrySet()) {
      total += e.getValue();
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.2f |%n",
              e.getKey(),
              e.getValue(),
              1000 * e.getValue() / right));
    }
    s.append(
        String.format(Locale.ROOT, "| **all** | %.1f | %.2f |%n", total, 1000 * total / right));
    return s.toString();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("options are --name value pairs; '" + args[i] + "'");
      }
      o.put(args[i], args[++i]);
    }
    return o;
  }
}
