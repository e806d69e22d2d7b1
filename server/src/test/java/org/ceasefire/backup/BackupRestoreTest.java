package org.ceasefire.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ceasefire.CeasefireApplication;
import org.ceasefire.audit.AuditChain;
import org.ceasefire.audit.AuditChainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup of the demo region restores into a fresh database with every table's rows identical
 * (compared by SQL of its own, not the backup's digests), the audit chain intact and the sequences
 * past the restored ids; a damaged, truncated or altered file is refused naming what is wrong, and
 * the target is left exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

  static final java.util.Set<String> CORE_TABLES =
      java.util.Set.of(
          "site",
          "agency",
          "app_user",
          "jurisdiction",
          "area",
          "person",
          "criminal_group",
          "membership",
          "group_relationship",
          "incident",
          "participant",
          "firearm",
          "record_history",
          "audit_event",
          "prosecution_case",
          "case_charge",
          "call_in",
          "call_in_invitation",
          "custom_notification",
          "outreach_referral",
          "outreach_consent",
          "custody_release");

  @TempDir static Path home;
  private ConfigurableApplicationContext source;
  private ConfigurableApplicationContext target;
  private Path backup;
  private Map<String, String> sourceTables;

  @BeforeAll
  void backUpTheDemoRegion() throws IOException {
    source = start("source", true);
    source.getBean(AuditChainer.class).extend(true); // no entry waits for its link meanwhile
    sourceTables = fingerprints(jdbc(source));
    backup = home.resolve("demo.cfbackup");
    Run run = run(() -> BackupCommand.backup(source, args(backup.toString()), out, err));
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).contains("Backed up");
    target = start("target", false);
  }

  @AfterAll
  void stop() {
    if (source != null) {
      source.close();
    }
    if (target != null) {
      target.close();
    }
  }

  @Test
  void restoresEveryTableIdenticallyIntoAnEmptyDatabase() {
    Run run =
        run(() -> BackupCommand.restore(target, args(backup.toString(), "--replace"), out, err));
    assertThat(run.code).as(run.err).isZero();
    JdbcClient restored = jdbc(target);
    Map<String, String> after = fingerprints(restored, "coalesce(detail, '') not like 'restore%'");
    assertThat(after).isEqualTo(sourceTables);
    assertThat(sourceTables)
        .as("the demo region fills the tables of every feature")
        .allSatisfy(
            (table, rows) -> {
              if (CORE_TABLES.contains(table)) {
                assertThat(rows).as(table).doesNotStartWith("0 ");
              }
            });
    assertThat(target.getBean(AuditChain.class).verify().intact())
        .as("the audit chain verifies after the restore, with the restore's own entry")
        .isTrue();
    assertThat(
            restored
                .sql(
                    "select count(*) from audit_event where action = 'import'"
                        + " and record_type = 'database' and detail like 'restore%'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    long site = restored.sql("select min(id) from site").query(Long.class).single();
    long next =
        restored
            .sql(
                "insert into jurisdiction (site_id, name, state, center_lon, center_lat)"
                    + " values (:s, 'New One', 'CT', -72.9, 41.3) returning id")
            .param("s", site)
            .query(Long.class)
            .single();
    assertThat(next)
        .as("sequences continue after the restored ids")
        .isGreaterThan(
            restored
                .sql("select max(id) from jurisdiction where name <> 'New One'")
                .query(Long.class)
                .single());
  }

  @Test
  void refusesANonEmptyDatabaseWithoutReplaceAndChangesNothing() {
    run(() -> BackupCommand.restore(target, args(backup.toString(), "--replace"), out, err));
    Map<String, String> before = fingerprints(jdbc(target));
    Run run = run(() -> BackupCommand.restore(target, args(backup.toString()), out, err));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("the database is not empty").contains("--replace");
    assertThat(fingerprints(jdbc(target))).isEqualTo(before);
  }

  @Test
  void refusesATruncatedFileNamingItAndChangesNothing() throws IOException {
    byte[] whole = Files.readAllBytes(backup);
    Path cut = home.resolve("cut.cfbackup");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    assertRefusedLeavingTargetAsItWas(cut, "truncated");
  }

  @Test
  void refusesAFileWithAFlippedByteAndChangesNothing() throws IOException {
    byte[] bytes = Files.readAllBytes(backup);
    bytes[bytes.length / 2] ^= 0x10;
    Path flipped = home.resolve("flipped.cfbackup");
    Files.write(flipped, bytes);
    assertRefusedLeavingTargetAsItWas(flipped, "line");
  }

  @Test
  void refusesRowsAlteredInsideAValidCompressedFileNamingTheTable() throws IOException {
    String text;
    try (var in = new GZIPInputStream(Files.newInputStream(backup))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int table = text.indexOf("\ntable person ");
    int row = text.indexOf('\n', table + 1) + 1;
    int tab = text.indexOf('\t', row);
    String altered = text.substring(0, tab - 1) + "9" + text.substring(tab);
    Path edited = home.resolve("edited.cfbackup");
    try (var out = new GZIPOutputStream(Files.newOutputStream(edited))) {
      out.write(altered.getBytes(StandardCharsets.UTF_8));
    }
    Run run = assertRefusedLeavingTargetAsItWas(edited, "table person");
    assertThat(run.err).containsAnyOf("altered", "do not load", "SHA-256");
  }

  @Test
  void refusesAFileThatIsNotABackup() throws IOException {
    Path csv = home.resolve("incidents.csv");
    Files.writeString(csv, "id,occurred_at\n1,2026-01-01\n");
    assertRefusedLeavingTargetAsItWas(csv, "not a Ceasefire backup");
  }

  private Run assertRefusedLeavingTargetAsItWas(Path file, String reason) {
    Map<String, String> before = fingerprints(jdbc(target));
    Run run =
        run(() -> BackupCommand.restore(target, args(file.toString(), "--replace"), out, err));
    assertThat(run.code).as(run.out).isEqualTo(1);
    assertThat(run.err).contains("nothing was restored").contains(reason);
    assertThat(fingerprints(jdbc(target))).isEqualTo(before);
    return run;
  }

  /** Per table: the row count and an MD5 over its rows sorted, computed by PostgreSQL. */
  static Map<String, String> fingerprints(JdbcClient jdbc, String... auditFilter) {
    Map<String, String> out = new TreeMap<>();
    for (String table :
        jdbc.sql(
                "select tablename from pg_tables where schemaname = current_schema()"
                    + " and tablename <> 'flyway_schema_history'")
            .query(String.class)
            .list()) {
      String where =
          auditFilter.length == 0
              ? ""
              : switch (table) {
                case "audit_event" -> " where " + auditFilter[0];
                case "audit_chain" ->
                    " where not exists (select from audit_event where seq = any (t.seqs)"
                        + " and not ("
                        + auditFilter[0]
                        + "))";
                default -> "";
              };
      out.put(
          table,
          jdbc.sql(
                  "select count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n'"
                      + " order by t::text)), '-') from "
                      + table
                      + " t"
                      + where)
              .query(String.class)
              .single());
    }
    return out;
  }

  private ConfigurableApplicationContext start(String name, boolean demo) {
    return new SpringApplicationBuilder(CeasefireApplication.class)
        .web(WebApplicationType.NONE)
        // arguments, not default properties: application.properties would override those
        .run(
            "--ceasefire.database.data-dir=" + home.resolve(name),
            "--ceasefire.database.durable=false",
            "--ceasefire.demo.load=" + demo,
            "--ceasefire.demo.scale=1",
            "--ceasefire.database.default-scope=all",
            "--ceasefire.intelligence.catch-up=false",
            "--ceasefire.mfa.key=dGVzdC1vbmx5LWtleS1mb3ItY2Vhc2VmaXJlLXRvdHA=",
            "--logging.level.root=warn");
  }

  private static JdbcClient jdbc(ConfigurableApplicationContext context) {
    var db = context.getBean(org.ceasefire.platform.EmbeddedDatabase.class);
    var ds = new org.springframework.jdbc.datasource.DriverManagerDataSource(db.jdbcUrl());
    return JdbcClient.create(ds);
  }

  private static String[] args(String... a) {
    return a;
  }

  record Run(int code, String out, String err) {}

  interface Command {
    int run();
  }

  private PrintStream out;
  private PrintStream err;

  private Run run(Command command) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    out = new PrintStream(o, true, StandardCharsets.UTF_8);
    err = new PrintStream(e, true, StandardCharsets.UTF_8);
    int code = command.run();
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }
}
