package org.ceasefire.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.platform.SiteScope;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo region on the first start of {@code ./ceasefire demo} (never again: its site code
 * marks it as loaded) and prints the demo logins. Site, users and the generated region go in one
 * transaction, so a load that fails midway leaves no site behind and the next start tries again.
 */
@Component
@ConditionalOnProperty(name = "ceasefire.demo.load", havingValue = "true")
class DemoLoader {

  static final String SITE_CODE = "ct-demo";
  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  private final Sites sites;
  private final TransactionTemplate transaction;
  private final DataSource dataSource;
  private final SiteScope scope;
  private final DemoProperties properties;
  private final DemoCases cases;
  private final DemoOutreach outreach;
  private final DemoInterventions interventions;
  private final DemoProgram program;
  private final DemoImport importer;

  DemoLoader(
      Sites sites,
      TransactionTemplate transaction,
      DataSource dataSource,
      SiteScope scope,
      DemoProperties properties,
      DemoCases cases,
      DemoOutreach outreach,
      DemoInterventions interventions,
      DemoProgram program,
      DemoImport importer) {
    this.program = program;
    this.sites = sites;
    this.transaction = transaction;
    this.dataSource = dataSource;
    this.scope = scope;
    this.properties = properties;
    this.cases = cases;
    this.outreach = outreach;
    this.interventions = interventions;
    this.importer = importer;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void loadOnFirstStart() {
    if (sites.findSite(SITE_CODE).isEmpty()) {
      log.info("Loading the demo region at scale {} (first start)...", properties.scale());
      if (properties.incidents().equals("import")) {
        loadThroughImports();
      } else {
        transaction.executeWithoutResult(status -> load());
      }
    }
    printLogins();
  }

  private void load() {
    long site = loadPlacesAndPeople(null);
    loadProgramme(site);
  }

  /**
   * {@code --incidents=import}: places, groups and people in one transaction, the incidents,
   * participants and firearms as files through the import engine (one import each), then the
   * partnership's cases, call-ins and referrals. An import that fails stops the start with its
   * message; the site is then there without incidents, so start again on a fresh data folder.
   */
  private void loadThroughImports() {
    Path dir;
    try {
      dir = Files.createTempDirectory("ceasefire-demo-import");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder for the demo import files", e);
    }
    try {
      Long site = transaction.execute(status -> loadPlacesAndPeople(dir));
      importer.load(dir);
      transaction.executeWithoutResult(status -> loadProgramme(site));
    } finally {
      for (String f :
          List.of(
              DemoImportFiles.INCIDENTS, DemoImportFiles.PARTICIPANTS, DemoImportFiles.FIREARMS)) {
        dir.resolve(f).toFile().delete();
      }
      dir.toFile().delete();
    }
  }

  /** The site, its users and the region; {@code importFiles} null copies the incidents too. */
  private long loadPlacesAndPeople(@Nullable Path importFiles) {
    long site =
        sites.createSite(
            SITE_CODE, "District of Connecticut PSN (demo)", -72.7, 41.5, /* synthetic */ true);
    Map<String, Long> agencies = new LinkedHashMap<>();
    List<Long> submitters = new ArrayList<>();
    for (DemoLogins.Login login : DemoLogins.ALL) {
      long agency =
          agencies.computeIfAbsent(
              login.agency(), name -> sites.createAgency(site, name, DemoLogins.agencyType(name)));
      long user =
          sites.createUser(
              site,
              login.username(),
              login.displayName(),
              DemoLogins.PASSWORD,
              login.role(),
              agency);
      sites.enrolKnownSecondFactor(site, user, DemoSecondFactor.SECRET);
      if (login.role() == Role.ANALYST || login.role() == Role.INVESTIGATOR) {
        submitters.add(user);
      }
    }
    scope.run(site, () -> loadRegion(site, submitters, importFiles));
    return site;
  }

  private void loadProgramme(long site) {
    scope.run(site, () -> cases.load(site, "prosecutor", "City Police Department"));
    scope.run(site, () -> interventions.load(site, "coordinator", "City Police Department"));
    scope.run(site, () -> outreach.load(site));
    scope.run(site, () -> program.load(site, "coordinator", parameters().programStart()));
    scope.run(site, () -> publishMeasures(site));
  }

  /**
   * The demo partnership publishes its public page (docs/measures.md), as its coordinator would:
   * the figures are synthetic, and the page says so.
   */
  private void publishMeasures(long site) {
    new org.springframework.jdbc.core.JdbcTemplate(dataSource)
        .update(
            """
            insert into public_measures (site_id, published_since, published_by)
            select site_id, current_date, id from app_user
             where site_id = ? and username = 'coordinator'
            """,
            site);
  }

  private DemoParameters parameters() {
    LocalDate yesterday = LocalDate.now(DemoParameters.CONNECTICUT_TIME).minusDays(1);
    return DemoParameters.of(properties.seed(), properties.scale(), yesterday);
  }

  /**
   * Generates and copies the region tile by tile on the transaction's connection; with {@code
   * importFiles}, the incidents go to files there instead.
   */
  private void loadRegion(long site, List<Long> submitters, @Nullable Path importFiles) {
    long started = System.nanoTime();
    var parameters = parameters();
    var generator = new DemoRegionGenerator(parameters);
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      var writer = new DemoRegionWriter(connection, site, submitters);
      writer.programStart(parameters.programStart());
      int step = Math.max(1, generator.tiles() / 10);
      DemoImportFiles files =
          importFiles == null ? null : new DemoImportFiles(importFiles, parameters.zone());
      for (int tile = 0; tile < generator.tiles(); tile++) {
        DemoTile generated = generator.tile(tile);
        writer.write(generated, files == null);
        if (files != null) {
          files.add(generated);
        }
        if (generator.tiles() > 1 && (tile + 1) % step == 0) {
          log.info("Demo region: {} of {} tiles loaded", tile + 1, generator.tiles());
        }
      }
      if (files != null) {
        files.close();
      }
      log.info(
          "Demo region loaded in {} ms: {}",
          (System.nanoTime() - started) / 1_000_000,
          writer.counts());
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Loading the demo region failed: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void printLogins() {
    StringBuilder text = new StringBuilder();
    text.append("\n\n  Ceasefire demo is running. Sign in with one of these (password: ")
        .append(DemoLogins.PASSWORD)
        .append(")\n  then the code of the second factor: add the demo key ")
        .append(DemoSecondFactor.SECRET.grouped())
        .append(
            "\n  to any authenticator app, or run `./ceasefire totp` for the current code.\n\n");
    for (DemoLogins.Login login : DemoLogins.ALL) {
      text.append(String.format("    %-15s %s%n", login.username(), login.role().label()));
    }
    System.out.println(text);
  }
}
