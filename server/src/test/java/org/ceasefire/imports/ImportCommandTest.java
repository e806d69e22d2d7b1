package org.ceasefire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.imports.ImportTestData.file;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code ./ceasefire import}: the same import from a terminal, with a progress line. */
@CeasefireTest
class ImportCommandTest {

  @Autowired ApplicationContext context;
  @Autowired Sites sites;
  @Autowired Places places;
  @TempDir Path dir;
  TestSites.TestSite site;
  ByteArrayOutputStream out = new ByteArrayOutputStream();
  ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
  }

  int run(String... args) {
    return ImportCommand.run(
        context,
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  Path incidents() {
    return file(
        dir,
        "nightly.csv",
        "source_id,type,occurred_at,city",
        "C-1,shots_fired,2026-03-01T22:15,New Haven",
        "C-2,homicide,2026-03-02T01:00,New Haven",
        "C-3,drive_by,2026-03-02T01:00,New Haven");
  }

  String analyst() {
    return site.user(Role.ANALYST).username();
  }

  @Test
  void loadsTheGoodRowsPrintingProgressCountsAndProblems() throws Exception {
    Path rejects = dir.resolve("rejects.csv");

    int exit =
        run(
            "incidents",
            incidents().toString(),
            "--user",
            analyst(),
            "--source-system",
            "nhpd-rms",
            "--mode=good-rows-only",
            "--rejects",
            rejects.toString());

    assertThat(exit).isZero();
    assertThat(err()).contains("100%").contains("done");
    assertThat(out())
        .contains("nightly.csv: done. Read 3, inserted 2, updated 0, unchanged 0, rejected 1")
        .contains("nightly.csv:4: error: column 'type' value 'drive_by': must be one of");
    assertThat(Files.readAllLines(rejects))
        .hasSize(2)
        .last()
        .asString()
        .startsWith("C-3,drive_by,");
  }

  @Test
  void refusesAFileWithABadRowInAllOrNothingModeWithExitCodeOne() {
    int exit =
        run(
            "incidents",
            incidents().toString(),
            "--user",
            analyst(),
            "--source-system",
            "nhpd-rms");

    assertThat(exit).isEqualTo(1);
    assertThat(out()).contains("refused").contains("nothing was loaded");
  }

  @Test
  void answersUsageMistakesWithExitCodeTwoAndChangesNothing() {
    assertThat(run("incidents", incidents().toString())).isEqualTo(2);
    assertThat(err()).contains("usage: ceasefire import");

    assertThat(run("incidents", "/no/such/file.csv", "--user", analyst())).isEqualTo(2);
    assertThat(run("incidents", incidents().toString(), "--user", "nobody-here")).isEqualTo(2);
    assertThat(run("incidents", incidents().toString(), "--user", analyst(), "--colour", "red"))
        .isEqualTo(2);
    assertThat(
            run(
                "incidents",
                incidents().toString(),
                "--user",
                site.user(Role.OUTREACH).username(),
                "--source-system",
                "nhpd-rms"))
        .isEqualTo(2);
    assertThat(err()).contains("may not write INVESTIGATIVE");
    assertThat(context.getBean(Imports.class).recent(site.user(Role.ANALYST))).isEmpty();
  }
}
