package org.ceasefire.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefire.CeasefireApplication;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.imports.ImportRun;
import org.ceasefire.imports.ImportTestData;
import org.ceasefire.imports.Imports;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./ceasefire import} killed with SIGKILL while it loads a large file, in a JVM of its own:
 * started again on the same folder, the orphaned PostgreSQL is stopped and recovered, the import
 * left nothing (its record says interrupted), and running it again gives exactly what one clean run
 * gives.
 */
class ImportKillTest {

  static final int ROWS = 40_000;
  static final String MFA_KEY = "dGVzdC1vbmx5LWtleS1mb3ItY2Vhc2VmaXJlLXRvdHA=";
  static final Pattern PROGRESS = Pattern.compile("(\\d+)%\\s+(\\S+)\\s+([\\d,]+) rows");

  @TempDir Path home;

  @Test
  void anImportKilledMidwayLeavesNothingAndItsRerunEqualsACleanRun() throws Exception {
    Path data = home.resolve("data");
    Path file = incidents(home.resolve("incidents.csv"));
    String killedUser;
    String cleanUser;
    long killedSite;
    long cleanSite;
    try (ConfigurableApplicationContext app = start(data)) {
      Sites sites = app.getBean(Sites.class);
      Places places = app.getBean(Places.class);
      TestSites.TestSite killed = TestSites.create(sites);
      TestSites.TestSite clean = TestSites.create(sites);
      PlacesTestData.newHaven(places, killed.id());
      PlacesTestData.newHaven(places, clean.id());
      killedUser = killed.user(Role.ANALYST).username();
      cleanUser = clean.user(Role.ANALYST).username();
      killedSite = killed.id();
      cleanSite = clean.id();
    }

    Process child = importInChildJvm(data, file, killedUser);
    try {
      long rows = awaitLoading(child);
      assertThat(rows).as("the import was under way when killed").isPositive();
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no cleanup
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    try (ConfigurableApplicationContext app = start(data)) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThat(count(jdbc, killedSite)).as("nothing of the killed import was kept").isZero();
      assertThat(
              jdbc.sql("select status from import_run where site_id = :s")
                  .param("s", killedSite)
                  .query(String.class)
                  .list())
          .containsExactly("interrupted");

      Imports imports = app.getBean(Imports.class);
      Sites sites = app.getBean(Sites.class);
      ImportRun again = importIn(imports, sites.user(killedUser).orElseThrow(), file);
      ImportRun once = importIn(imports, sites.user(cleanUser).orElseThrow(), file);
      assertThat(again.status()).isEqualTo("done");
      assertThat(once.status()).isEqualTo("done");
      assertThat(count(jdbc, killedSite)).isEqualTo(ROWS).isEqualTo(count(jdbc, cleanSite));
      assertThat(checksum(jdbc, killedSite)).isEqualTo(checksum(jdbc, cleanSite));
    }
  }

  private static ImportRun importIn(Imports imports, CeasefireUser user, Path file)
      throws IOException {
    Path copy = Files.copy(file, file.resolveSibling("copy-" + user.id() + ".csv"));
    return imports.run(user, "incidents", ImportTestData.source(copy, "nhpd-rms", null), p -> {});
  }

  private static long count(JdbcClient jdbc, long site) {
    return jdbc.sql("select count(*) from incident where site_id = :s")
        .param("s", site)
        .query(Long.class)
        .single();
  }

  /** The imported content, without what differs by site (ids, timestamps of loading). */
  private static String checksum(JdbcClient jdbc, long site) {
    return jdbc.sql(
            """
            select md5(string_agg(concat_ws('|', source_system, source_id, report_number, type,
                         occurred_at, lon, lat, address, narrative, version), E'\\n'
                         order by source_id))
              from incident where site_id = :s
            """)
        .param("s", site)
        .query(String.class)
        .single();
  }

  private static Path incidents(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("source_id,type,occurred_at,city,report_number,lon,lat,address,narrative\n");
      for (int i = 1; i <= ROWS; i++) {
        w.write(
            String.format(
                Locale.ROOT,
                "K-%d,%s,2025-%02d-%02dT%02d:%02d,New Haven,R-%d,%.5f,%.5f,,row %d\n",
                i,
                i % 3 == 0 ? "shots_fired" : "non_fatal_shooting",
                1 + i % 12,
                1 + i % 28,
                i % 24,
                i % 60,
                i,
                -72.95 + (i % 1000) * 0.0001,
                41.29 + (i % 997) * 0.0001,
                i));
      }
    }
    return file;
  }

  private Process importInChildJvm(Path data, Path file, String user) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            CeasefireApplication.class.getName(),
            "import",
            "incidents",
            file.toString(),
            "--user",
            user,
            "--source-system",
            "nhpd-rms");
    pb.environment().put("CEASEFIRE_DATA_DIR", data.toString());
    pb.environment().put("CEASEFIRE_MFA_KEY", MFA_KEY);
    pb.environment().remove("CEASEFIRE_DB_URL");
    pb.redirectOutput(home.resolve("child.out").toFile());
    return pb.start();
  }

  /** Reads the child's progress line (written with carriage returns) until rows are loading. */
  private static long awaitLoading(Process child) throws Exception {
    CompletableFuture<Long> seen =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream err = child.getErrorStream();
                  var reader = new InputStreamReader(err, StandardCharsets.UTF_8)) {
                StringBuilder line = new StringBuilder();
                int c;
                while ((c = reader.read()) >= 0) {
                  if (c != '\r' && c != '\n') {
                    line.append((char) c);
                    continue;
                  }
                  Matcher m = PROGRESS.matcher(line);
                  if (m.find()) {
                    long rows = Long.parseLong(m.group(3).replace(",", ""));
                    if (rows >= 2_000 && rows < ROWS) {
                      return rows;
                    }
                  }
                  line.setLength(0);
                }
                return -1L;
              } catch (IOException e) {
                return -1L;
              }
            });
    return seen.get(5, TimeUnit.MINUTES);
  }

  private static ConfigurableApplicationContext start(Path data) {
    return new SpringApplicationBuilder(CeasefireApplication.class)
        .web(WebApplicationType.NONE)
        .run(
            "--ceasefire.database.data-dir=" + data,
            "--ceasefire.demo.load=false",
            "--ceasefire.database.default-scope=all",
            "--ceasefire.intelligence.catch-up=false",
            "--ceasefire.mfa.key=" + MFA_KEY,
            "--logging.level.root=warn");
  }
}
