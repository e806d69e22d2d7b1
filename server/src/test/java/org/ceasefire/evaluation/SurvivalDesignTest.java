package org.ceasefire.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.ceasefire.analytics.cli.AnalyzeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survival design on plain person-level events: who is notified and who may be compared, the
 * matched groups and their balance, and exactly the numbers {@code ceasefire analyze match} and
 * {@code survival} give on the exported inputs.
 */
class SurvivalDesignTest {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 6, 30);
  private final JsonMapper json = JsonMapper.builder().build();
  @TempDir Path dir;

  /** Events of people: the notified re-offend at a lower rate after their contact. */
  private record Events(
      List<PersonEvents.Involvement> involvements,
      List<PersonEvents.Exposure> exposures,
      Map<Long, LocalDate> born,
      Set<Long> members) {}

  private static Events people(int notified, int pool, double notifiedRate, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<PersonEvents.Involvement> inv = new ArrayList<>();
    List<PersonEvents.Exposure> exp = new ArrayList<>();
    Map<Long, LocalDate> born = new HashMap<>();
    Set<Long> members = new HashSet<>();
    long incident = 1;
    for (long p = 1; p <= notified + pool; p++) {
      boolean treated = p <= notified;
      born.put(p, LocalDate.of(1990 + r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(28)));
      if (r.nextInt(3) == 0 || (treated && r.nextBoolean())) {
        members.add(p);
      }
      int priors = r.nextInt(treated ? 4 : 3);
      for (int k = 0; k < priors; k++) {
        inv.add(offence(p, incident++, START.minusDays(30 + r.nextInt(700))));
      }
      if (priors == 0) {
        inv.add(victim(p, incident++, START.minusDays(30 + r.nextInt(700))));
      }
      LocalDate index = START.plusDays(r.nextInt(300));
      if (treated) {
        exp.add(new PersonEvents.Exposure(p, "notification_delivered", index, null));
      }
      double rate = treated ? notifiedRate : 0.0015;
      double days = -Math.log(1 - r.nextDouble()) / rate;
      inv.add(offence(p, incident++, index.plusDays(1 + (long) days)));
    }
    // someone contacted before the start takes no part
    exp.add(new PersonEvents.Exposure(1_000, "call_in_attended", START.minusDays(5), "Hartford"));
    born.put(1_000L, LocalDate.of(1995, 1, 1));
    inv.add(offence(1_000, incident, START.minusDays(40)));
    return new Events(inv, exp, born, members);
  }

  private static PersonEvents.Involvement offence(long person, long incident, LocalDate day) {
    return new PersonEvents.Involvement(
        person,
        incident,
        "non_fatal_shooting",
        at(day),
        "suspect",
        null,
        "Hartford",
        1,
        null,
        null);
  }

  private static PersonEvents.Involvement victim(long person, long incident, LocalDate day) {
    return new PersonEvents.Involvement(
        person,
        incident,
        "non_fatal_shooting",
        at(day),
        "victim",
        "non_fatal",
        "Hartford",
        1,
        null,
        null);
  }

  private static OffsetDateTime at(LocalDate day) {
    return day.atTime(21, 0).atOffset(ZoneOffset.ofHours(-5));
  }

  private static SurvivalCohort cohort(Events e) {
    return SurvivalCohort.of(START, ZONE, e.involvements(), e.exposures(), e.born(), e.members());
  }

  @Test
  void notifiedAreThoseFirstContactedSinceTheStartAndTheOthersThePool() {
    SurvivalCohort c = cohort(people(30, 90, 0.0008, 3));
    assertThat(c.treatedCount()).isEqualTo(30);
    assertThat(c.people()).hasSize(120).doesNotContain(1_000L);
    assertThat(c.covariates()[0]).hasSize(3);
  }

  @Test
  void resultsEqualTheCommandLineOnTheExportedInputs() throws Exception {
    SurvivalDesign.Result r = SurvivalDesign.run(cohort(people(60, 240, 0.0007, 5)), END);
    for (InputFile f : r.files()) {
      assertThat(f.personLevel()).isTrue();
      Files.writeString(dir.resolve(f.name()), f.csv(), StandardCharsets.UTF_8);
    }
    assertThat(r.command())
        .isEqualTo(
            "ceasefire analyze match --input match.csv --treatment notified --covariates"
                + " age,prior_incidents,group_member --id id; ceasefire analyze survival --data"
                + " survival.csv --group group");
    JsonNode match =
        cli(
            "match",
            "--input",
            file("match.csv"),
            "--treatment",
            "notified",
            "--covariates",
            "age,prior_incidents,group_member",
            "--id",
            "id");
    JsonNode after = match.get("balance").get("after");
    for (int i = 0; i < r.balance().size(); i++) {
      SurvivalDesign.BalanceRow b = r.balance().get(i);
      assertThat(after.get(i).get("variable").asString()).isEqualTo(b.variable());
      assertThat(b.smdAfter())
          .isCloseTo(after.get(i).get("std_mean_diff").asDouble(), Offset.offset(1e-9));
    }
    assertThat(match.get("pairs").size()).isEqualTo(r.matched());
    List<String> survivalIds =
        Files.readAllLines(dir.resolve("survival.csv")).stream()
            .skip(1)
            .map(l -> l.split(",")[0])
            .toList();
    for (JsonNode p : match.get("pairs")) {
      assertThat(survivalIds).contains(p.get("treated").asString(), p.get("control").asString());
    }

    JsonNode surv = cli("survival", "--data", file("survival.csv"), "--group", "group");
    JsonNode cox = surv.get("cox").get("coefficients").get(0);
    assertThat(cox.get("name").asString()).isEqualTo("groupnotified");
    assertThat(r.hazardRatio().ratio())
        .isCloseTo(cox.get("hazard_ratio").asDouble(), Offset.offset(1e-9));
    assertThat(r.hazardRatio().low()).isCloseTo(cox.get("hr_low").asDouble(), Offset.offset(1e-9));
    assertThat(r.hazardRatio().high())
        .isCloseTo(cox.get("hr_high").asDouble(), Offset.offset(1e-9));
    assertThat(r.logRankP())
        .isCloseTo(surv.get("logrank").get("p").asDouble(), Offset.offset(1e-9));
    assertThat(r.hazardRatio().ratio()).as("the built-in lower re-offending").isLessThan(0.8);
    assertThat(r.curves())
        .extracting(SurvivalDesign.Curve::group)
        .containsExactly("comparison", "notified");
  }

  @Test
  void fewPeopleAndFewEventsAreStatedNotHidden() {
    SurvivalDesign.Result r = SurvivalDesign.run(cohort(people(8, 30, 0.0008, 9)), END);
    assertThat(r.caveats()).extracting(Caveat::code).contains("few_people", "few_events");
  }

  @Test
  void groupsThatMatchingCannotBalanceAreFlagged() {
    Events e = people(40, 60, 0.0007, 11);
    Set<Long> members = new HashSet<>();
    for (long p = 1; p <= 45; p++) {
      if (p <= 35 || p > 40) {
        members.add(p); // 35 of the 40 notified are group members, only five of the pool
      }
    }
    SurvivalDesign.Result r =
        SurvivalDesign.run(
            SurvivalCohort.of(START, ZONE, e.involvements(), e.exposures(), e.born(), members),
            END);
    assertThat(r.caveats()).extracting(Caveat::code).contains("unbalanced");
  }

  @Test
  void aCovariateEveryNotifiedPersonSharesIsMatchedExactlyNotModelled() throws Exception {
    Events e = people(40, 120, 0.0007, 13);
    Set<Long> members = new HashSet<>();
    for (long p = 1; p <= 100; p++) {
      members.add(p); // every notified person and 60 of the pool are group members
    }
    SurvivalDesign.Result r =
        SurvivalDesign.run(
            SurvivalCohort.of(START, ZONE, e.involvements(), e.exposures(), e.born(), members),
            END);
    assertThat(r.caveats()).extracting(Caveat::code).contains("exact_match");
    assertThat(r.command()).contains("--covariates age,prior_incidents --id id");
    for (InputFile f : r.files()) {
      Files.writeString(dir.resolve(f.name()), f.csv(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readAllLines(dir.resolve("match.csv"))).hasSize(1 + 40 + 60);
    JsonNode match =
        cli(
            "match",
            "--input",
            file("match.csv"),
            "--treatment",
            "notified",
            "--covariates",
            "age,prior_incidents",
            "--id",
            "id");
    assertThat(match.get("pairs").size()).isEqualTo(r.matched());
    SurvivalDesign.BalanceRow group = r.balance().get(r.balance().size() - 1);
    assertThat(group.variable()).isEqualTo("group_member");
    assertThat(group.controlAfter()).isEqualTo(1);
  }

  @Test
  void refusesWhenNoOneWasNotified() {
    assertThatThrownBy(() -> SurvivalDesign.run(cohort(people(0, 30, 0.001, 1)), END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no one was notified");
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  private JsonNode cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AnalyzeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
    return json.readTree(out.toString());
  }
}
