package org.ceasefire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import benchmark of docs/benchmarks.md (not a test: skipped unless {@code
 * -Dceasefire.bench=true}). Writes a file of {@code ceasefire.bench.rows} incidents (default one
 * million) over a city of 400 square beats, then times, on the same embedded PostgreSQL: a plain
 * {@code COPY} of the file into a table of the file's shape with the incident table's indexes and
 * checks; the import of the file (parse, validate, point-in-polygon, staging COPY, upsert); and the
 * import of the same file again (every row unchanged).
 */
@CeasefireTest
@EnabledIfSystemProperty(named = "ceasefire.bench", matches = "true")
class ImportBenchmark {

  @Autowired Imports imports;
  @Autowired Sites sites;
  @Autowired Places places;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  @Test
  void importsAMillionIncidents() throws Exception {
    int rows = Integer.getInteger("ceasefire.bench.rows", 1_000_000);
    TestSites.TestSite site = TestSites.create(sites);
    long city = places.createJurisdiction(site.id(), "Bench City", "CT", -72.9, 41.3, 500_000);
    for (int i = 0; i < 20; i++) {
      for (int j = 0; j < 20; j++) {
        double x = -73.0 + i * 0.01;
        double y = 41.2 + j * 0.01;
        places.createArea(
            site.id(),
            city,
            "beat",
            "Beat " + i + "-" + j,
            String.format(
                Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                x,
                y,
                x + 0.01,
                y,
                x + 0.01,
                y + 0.01,
                x,
                y + 0.01,
                x,
                y));
      }
    }
    Path file = Files.createTempFile("bench-incidents", ".csv");
    write(file, rows);
    CeasefireUser analyst = site.user(Role.ANALYST);
    System.out.printf(Locale.ROOT, "file: %,d rows, %,d bytes%n", rows, Files.size(file));

    long copyMs = plainCopy(site.id(), file);
    System.out.printf(
        Locale.ROOT, "plain COPY: %,d ms (%,.0f rows/s)%n", copyMs, rows * 1000.0 / copyMs);

    resetPeaks();
    long t0 = System.nanoTime();
    ImportRun first =
        imports.run(analyst, "incidents", ImportTestData.source(file, "bench", null), phases(t0));
    long importMs = (System.nanoTime() - t0) / 1_000_000;
    long heap = peakHeap();
    assertThat(first.inserted()).isEqualTo(rows);
    System.out.printf(
        Locale.ROOT,
        "import: %,d ms (%,.0f rows/s, %.2f of plain COPY's rate), peak heap %,d MB%n",
        importMs,
        rows * 1000.0 / importMs,
        (double) copyMs / importMs,
        heap >> 20);

    t0 = System.nanoTime();
    ImportRun again =
        imports.run(analyst, "incidents", ImportTestData.source(file, "bench", null), phases(t0));
    long againMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(again.unchanged()).isEqualTo(rows);
    System.out.printf(Locale.ROOT, "re-import, all unchanged: %,d ms%n", againMs);
    Files.delete(file);
  }

  /** Prints when each phase starts, from t0. */
  private static java.util.function.Consumer<Imports.Progress> phases(long t0) {
    String[] last = {""};
    return p -> {
      if (!p.phase().equals(last[0])) {
        last[0] = p.phase();
        System.out.printf(
            Locale.ROOT, "  %,8d ms  %s%n", (System.nanoTime() - t0) / 1_000_000, p.phase());
      }
    };
  }

  private static void write(Path file, int rows) throws Exception {
    SplittableRandom random = new SplittableRandom(20261201);
    String[] types = {
      "shots_fired", "non_fatal_shooting", "firearm_seizure", "homicide", "robbery"
    };
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("source_id,type,occurred_at,city,report_number,lon,lat,address,narrative\n");
      for (int i = 0; i < rows; i++) {
        int day = random.nextInt(1, 29);
        out.write(
            String.format(
                Locale.ROOT,
                "B-%d,%s,2025-%02d-%02dT%02d:%02d,Bench City,R%08d,%.6f,%.6f,,%s%n",
                i,
                types[random.nextInt(types.length)],
                random.nextInt(1, 13),
                day,
                random.nextInt(24),
                random.nextInt(60),
                i,
                -73.0 + random.nextDouble() * 0.2,
                41.2 + random.nextDouble() * 0.2,
                i % 10 == 0 ? "\"Shots heard, casings found\"" : ""));
      }
    }
  }

  /**
   * COPY of the file as it is into a table of its columns equivalent to the incident table: logged,
   * with its checks, its five indexes and a foreign key from the city to the site's cities (the
   * file names the city; the incident table's key to it is the one foreign key such a table can
   * have). Made by the schema owner, as the application role may create no table.
   */
  private long plainCopy(long siteId, Path file) throws Exception {
    try (Connection c = ownerDataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop table if exists bench_copy");
      s.execute(
          """
          create table bench_copy (
            site_id bigint not null default %d, id bigint generated always as identity,
            source_system text not null default 'bench',
            source_id text not null, type text not null check (type in ('homicide',
              'non_fatal_shooting', 'shots_fired', 'firearm_seizure', 'aggravated_assault',
              'robbery', 'other')),
            occurred_at timestamptz not null, city text not null, report_number text,
            lon double precision check (lon between -180 and 180),
            lat double precision check (lat between -90 and 90), address text, narrative text,
            version integer not null default 0, created_at timestamptz not null default now(),
            updated_at timestamptz not null default now(),
            primary key (site_id, id), unique (site_id, source_system, source_id),
            foreign key (site_id, city) references jurisdiction (site_id, name))
          """
              .formatted(siteId));
      s.execute("create index on bench_copy (site_id, occurred_at desc)");
      s.execute("create index on bench_copy (site_id, type, occurred_at desc)");
      s.execute("create index on bench_copy (site_id, city, occurred_at desc)");
      long t0 = System.nanoTime();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "copy bench_copy (source_id, type, occurred_at, city, report_number, lon, lat,"
                    + " address, narrative) from stdin with (format csv, header true)",
                in);
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      s.execute("drop table bench_copy");
      return ms;
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
