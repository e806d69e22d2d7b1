package org.ceasefire.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.analytics.cli.AnalyzeCommand;
import org.ceasefire.imports.Imports;
import org.ceasefire.places.Places;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The designs on a site's own data: they find the fall built into the target city, state their
 * caveats, and give exactly the numbers {@code ceasefire analyze} gives on the exported inputs with
 * the command the page shows.
 */
@CeasefireTest
class EvaluationDesignsTest {

  private static final double TOLERANCE = 1e-9;

  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Imports imports;
  @Autowired Programs programs;
  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Clock clock;
  @TempDir Path dir;

  TestSites.TestSite site;
  EvaluationTestData.Region region;

  @BeforeEach
  void region() throws Exception {
    site = TestSites.create(sites);
    region =
        EvaluationTestData.region(
            places, imports, site.user(Role.ANALYST), dir, LocalDate.now(clock), 0.6);
  }

  private ProgramInput program() {
    // starts mid-month: the first whole month under the program is the break
    return EvaluationTestData.program(region, region.start().minusMonths(1).atDay(15).toString());
  }

  @Test
  void pageResultsEqualTheCommandLineOnTheExportedInputs() throws Exception {
    programs.define(site.user(Role.COORDINATOR), program());
    JsonNode results = getJson("/api/evaluation/results", site.user(Role.RESEARCHER));
    assertThat(results.get("breakMonth").asString()).isEqualTo(region.start().toString());

    for (String design : List.of("its", "controlledIts", "did", "synth")) {
      JsonNode d = results.get(design);
      assertThat(d.hasNonNull("unavailable")).as(design + ": " + d.get("unavailable")).isFalse();
      for (JsonNode name : d.get("inputs")) {
        String csv =
            getText("/api/evaluation/inputs/" + name.asString(), site.user(Role.RESEARCHER));
        Files.writeString(dir.resolve(name.asString()), csv, StandardCharsets.UTF_8);
      }
    }
    JsonNode its = cli(results.get("its").get("command").asString());
    JsonNode page = results.get("its").get("result");
    same(page.get("levelChange"), its.get("level_change"));
    same(page.get("slopeChange"), its.get("slope_change"));
    for (int i = 0; i < its.get("series").size(); i++) {
      close(page.get("series").get(i).get("fitted"), its.get("series").get(i).get("fitted"));
      close(
          page.get("series").get(i).get("counterfactual"),
          its.get("series").get(i).get("counterfactual"));
    }

    JsonNode controlled = cli(results.get("controlledIts").get("command").asString());
    assertThat(results.get("controlledIts").get("command").asString()).contains("--comparison");
    same(
        results.get("controlledIts").get("result").get("levelChange"),
        controlled.get("level_change"));

    JsonNode did = cli(results.get("did").get("command").asString());
    JsonNode pageDid = results.get("did").get("result").get("effect");
    close(pageDid.get("ratio"), did.get("rate_ratio"));
    close(pageDid.get("low"), did.get("ci_low"));
    close(pageDid.get("high"), did.get("ci_high"));
    close(pageDid.get("se"), did.get("se"));
    assertThat(did.get("clusters").asInt()).isEqualTo(6);

    JsonNode synth = cli(results.get("synth").get("command").asString());
    JsonNode pageSynth = results.get("synth").get("result");
    close(pageSynth.get("preRmspe"), synth.get("pre_rmspe"));
    close(pageSynth.get("averageEffect"), synth.get("average_effect"));
    close(pageSynth.get("pValue"), synth.get("p_value"));
    for (JsonNode w : synth.get("weights")) {
      close(pageSynth.get("weights").get(w.get("unit").asString()), w.get("weight"));
    }
    assertThat(pageSynth.get("placebos").size()).isEqualTo(5);
  }

  @Test
  void findsTheBuiltInFallAndStatesTheCaveats() throws Exception {
    programs.define(site.user(Role.COORDINATOR), program());
    JsonNode r = getJson("/api/evaluation/results", site.user(Role.AUDITOR));

    JsonNode level = r.get("its").get("result").get("levelChange");
    assertThat(level.get("high").asDouble()).as("the interval excludes no change").isLessThan(1);
    assertThat(r.get("its").get("result").get("headline").asString())
        .startsWith("Shootings in Hartford fell ");
    JsonNode did = r.get("did").get("result");
    assertThat(did.get("effect").get("ratio").asDouble()).isBetween(0.45, 0.75);
    assertThat(codes(did.get("caveats"))).contains("few_clusters");
    assertThat(r.get("synth").get("result").get("averageEffect").asDouble()).isNegative();
    assertThat(r.get("synth").get("result").get("smallestP").asDouble())
        .isEqualTo(1.0 / 6, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aShortSeriesWithFewEventsSaysSo() throws Exception {
    // starting three months ago leaves a short post-period
    ProgramInput late =
        EvaluationTestData.program(region, region.start().plusMonths(20).atDay(1).toString());
    programs.define(site.user(Role.COORDINATOR), late);
    JsonNode r = getJson("/api/evaluation/results", site.user(Role.ANALYST));
    assertThat(codes(r.get("its").get("result").get("caveats"))).contains("short_post_period");
  }

  @Test
  void coordinatorRedefinesTheProgramWithHistoryAndAStaleEditIsRefused() {
    CeasefireUser coordinator = site.user(Role.COORDINATOR);
    Program first = programs.define(coordinator, program());
    ProgramInput in = program();
    ProgramInput renamed =
        new ProgramInput(
            "Hartford GVI",
            in.startsOn(),
            "homicides",
            in.targetCities(),
            in.comparisonCities(),
            null,
            null,
            first.version());
    Program second = programs.define(coordinator, renamed);
    assertThat(second.version()).isEqualTo(first.version() + 1);
    assertThat(second.outcome()).isEqualTo("homicides");
    assertThat(programs.history(site.id(), first.id())).hasSize(2);

    assertThatThrownBy(() -> programs.define(coordinator, renamed))
        .isInstanceOf(StaleRecordException.class);
    assertThat(programs.current(site.id()).orElseThrow().name()).isEqualTo("Hartford GVI");
  }

  @Test
  void refusesAPlaceThatIsBothTargetAndComparisonAndSavesNothing() {
    ProgramInput in = program();
    ProgramInput both =
        new ProgramInput(
            in.name(),
            in.startsOn(),
            "shootings",
            in.targetCities(),
            in.targetCities(),
            null,
            null,
            null);
    assertThatThrownBy(() -> programs.define(site.user(Role.COORDINATOR), both))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).anyMatch(p -> p.field().equals("comparisonCities")));
    ProgramInput unknown =
        new ProgramInput(
            in.name(), "2099-01-01", "murders", List.of(999_999L), null, null, null, null);
    assertThatThrownBy(() -> programs.define(site.user(Role.COORDINATOR), unknown))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems().stream().map(p -> p.field()))
                    .contains("startsOn", "outcome", "targetCities"));
    assertThat(programs.current(site.id())).isEmpty();
  }

  private static List<String> codes(JsonNode caveats) {
    List<String> out = new ArrayList<>();
    caveats.forEach(c -> out.add(c.get("code").asString()));
    return out;
  }

  private JsonNode getJson(String path, CeasefireUser as) throws Exception {
    return json.readTree(getText(path, as));
  }

  private String getText(String path, CeasefireUser as) throws Exception {
    var response = mvc.perform(get(path).with(user(as))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  /** Runs the command the page shows, in-process, on the downloaded files. */
  private JsonNode cli(String command) {
    List<String> args = words(command);
    assertThat(args.subList(0, 2)).containsExactly("ceasefire", "analyze");
    List<String> rest = new ArrayList<>();
    for (String a : args.subList(2, args.size())) {
      rest.add(a.endsWith(".csv") ? dir.resolve(a).toString() : a);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AnalyzeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(rest.toArray(String[]::new));
    assertThat(code).as(command + ": " + err).isZero();
    return json.readTree(out.toString());
  }

  /** Splits a shell command into words, honouring single quotes. */
  private static List<String> words(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : command.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }

  private static void same(JsonNode page, JsonNode cli) {
    close(page.get("estimate"), cli.get("estimate"));
    close(page.get("se"), cli.get("se"));
    close(page.get("ratio"), cli.get("rate_ratio"));
    close(page.get("low"), cli.get("ci_low"));
    close(page.get("high"), cli.get("ci_high"));
    close(page.get("p"), cli.get("p"));
  }

  private static void close(JsonNode page, JsonNode cli) {
    double a = page.asDouble();
    double b = cli.asDouble();
    assertThat(a)
        .isCloseTo(b, org.assertj.core.data.Offset.offset(TOLERANCE * Math.max(1, Math.abs(b))));
  }
}
