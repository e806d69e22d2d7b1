package org.ceasefire.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ceasefire.access.Role;
import org.ceasefire.groups.Groups;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.outreach.Outreach;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CSV, the quarterly PDF and the API against the hand-counted site; exports are audited. */
@CeasefireTest
class MeasuresExportTest {

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Groups groups;
  @Autowired Incidents incidents;
  @Autowired Outreach outreach;
  @Autowired JdbcClient jdbc;
  MeasuresTestData data;

  @BeforeEach
  void site() {
    data = new MeasuresTestData(MeasuresTestData.Parts.of(context));
  }

  MvcResult as(Role role, String url) throws Exception {
    return mvc.perform(get(url).with(user(data.site.user(role)))).andReturn();
  }

  long exports(String recordType) {
    return jdbc.sql(
            "select count(*) from audit_event where site_id = :site and action = 'export'"
                + " and record_type = :type")
        .param("site", data.site.id())
        .param("type", recordType)
        .query(Long.class)
        .single();
  }

  @Test
  void csvHasOneRowPerCityMonthAndMeasureWithTheHandCountsAndIsAudited() throws Exception {
    String range = "from=" + data.month.minusMonths(1) + "&to=" + data.month;
    MvcResult r = as(Role.COORDINATOR, "/measures.csv?" + range);
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    assertThat(r.getResponse().getContentType()).startsWith("text/csv");
    assertThat(r.getResponse().getHeader("Content-Disposition")).contains("attachment");
    List<String> lines =
        Arrays.asList(r.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
    assertThat(lines.get(0)).isEqualTo(MeasuresCsv.HEADER);
    assertThat(lines).hasSize(1 + 3 * 2 * Measure.values().length);
    String code = data.site.code();
    assertThat(lines)
        .contains(
            code
                + ","
                + data.newHaven
                + ",New Haven,"
                + data.month
                + ",homicides,Homicides,1,false",
            code
                + ",,All cities,"
                + data.month
                + ",shootings,\"Shootings, fatal and non-fatal\",4,false",
            code
                + ","
                + data.hamden
                + ",Hamden,"
                + data.month
                + ",victims_35_plus,Victims aged 35 or older,1,false",
            code
                + ","
                + data.newHaven
                + ",New Haven,"
                + data.month.minusMonths(1)
                + ",group_shootings,\"Group-member-involved shootings, fatal and non-fatal\",1,false",
            // the coordinator may not read outreach: one service is fewer than 5
            code + ",,All cities," + data.month + ",services_accepted,Services accepted,,true");
    assertThat(exports("measures")).isEqualTo(1);

    String lead =
        as(Role.OUTREACH_SUPERVISOR, "/measures.csv?" + range + "&jurisdiction=" + data.newHaven)
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(lead.split("\r\n")).hasSize(1 + 2 * Measure.values().length);
    assertThat(lead)
        .contains(",New Haven," + data.month + ",services_accepted,Services accepted,1,false");
  }

  @Test
  void refusesBadParametersNamingThemAndWritesNoExport() throws Exception {
    MvcResult r = as(Role.ANALYST, "/measures.csv?from=2026-13&to=soon");
    assertThat(r.getResponse().getStatus()).isEqualTo(422);
    assertThat(r.getResponse().getContentAsString()).contains("from").contains("to");
    MvcResult api = as(Role.ANALYST, "/api/measures/murders/monthly");
    assertThat(api.getResponse().getStatus()).isEqualTo(422);
    assertThat(api.getResponse().getContentAsString()).contains("measure").contains("murders");
    MvcResult pdf = as(Role.ANALYST, "/measures/report.pdf?quarter=2026-Q5");
    assertThat(pdf.getResponse().getStatus()).isEqualTo(422);
    assertThat(exports("measures")).isZero();
    assertThat(exports("measures_report")).isZero();
  }

  @Test
  void quarterlyReportHasTheFiguresChartsAndPageNumbersAndIsAudited() throws Exception {
    Quarter q = Quarter.containing(data.month);
    long started = System.nanoTime();
    MvcResult r = as(Role.RESEARCHER, "/measures/report.pdf?quarter=" + q);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf");
    byte[] bytes = r.getResponse().getContentAsByteArray();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("performance measures, " + q)
          .contains("Homicides 2 0")
          .contains("Non-fatal shootings " + (q.first().equals(data.month) ? 2 : 3) + " 0")
          .contains("Group-member-involved homicides 1 0")
          .contains("Firearms seized 2 0")
          .contains("New Haven 1")
          .contains("What is counted")
          .contains("Page 1 of " + pdf.getNumberOfPages());
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      PDFRenderer renderer = new PDFRenderer(pdf);
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        BufferedImage page = renderer.renderImageWithDPI(i, 72);
        ImageIO.write(
            page, "png", dir.resolve("measures-report-page-" + (i + 1) + ".png").toFile());
        assertThat(inkOf(page)).as("page " + (i + 1) + " has something drawn").isGreaterThan(0.01);
      }
    }
    assertThat(exports("measures_report")).isEqualTo(1);
    started = System.nanoTime();
    as(Role.RESEARCHER, "/measures/report.pdf?quarter=" + q);
    long again = (System.nanoTime() - started) / 1_000_000;
    System.out.println(
        "Quarterly report made in "
            + millis
            + " ms (first), "
            + again
            + " ms (again), "
            + bytes.length
            + " bytes");
  }

  @Test
  void apiAnswersSeriesAreasTrendsAndTheCurve() throws Exception {
    String range = "from=" + data.month.minusMonths(1) + "&to=" + data.month;
    JsonNode s =
        json.readTree(
            as(
                    Role.RESEARCHER,
                    "/api/measures/shootings/monthly?" + range + "&jurisdiction=" + data.newHaven)
                .getResponse()
                .getContentAsString());
    assertThat(s.get("unit").asString()).isEqualTo("New Haven");
    assertThat(s.get("counts").get(0).asLong()).isEqualTo(1);
    assertThat(s.get("counts").get(1).asLong()).isEqualTo(3);
    JsonNode areas =
        json.readTree(
            as(Role.RESEARCHER, "/api/measures/shootings/areas?" + range)
                .getResponse()
                .getContentAsString());
    assertThat(areas.get("total").asLong()).isEqualTo(5);
    assertThat(areas.get("unlocated").asLong()).isEqualTo(1);
    JsonNode dashboard =
        json.readTree(
            as(Role.PROSECUTOR, "/api/measures/dashboard?" + range)
                .getResponse()
                .getContentAsString());
    assertThat(dashboard.get("series")).hasSize(Measure.values().length);
    assertThat(dashboard.get("reoffending").get("notified").asInt()).isEqualTo(2);
    JsonNode trends =
        json.readTree(
            as(Role.AUDITOR, "/api/measures/comparisons").getResponse().getContentAsString());
    assertThat(trends).hasSize(Dashboards.HEADLINE.size());
    String body = dashboard.toString() + areas + s + trends;
    for (String name : List.of("Ana", "Ben", "Cal", "Dee", "Elm Street", "Measure")) {
      assertThat(body).doesNotContainPattern("\\b" + name + "\\b");
    }
  }

  private static double inkOf(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        int g = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        dark += g < 200 ? 1 : 0;
      }
    }
    return (double) dark / ((image.getHeight() / 2) * (image.getWidth() / 2));
  }
}
