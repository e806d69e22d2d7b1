package org.ceasefire.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ceasefire.access.Sites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code --incidents=import}: the region's incidents, participants and firearms go through the
 * import engine as files, and arrive whole — every generated row, each participant matched to the
 * person the region copied (none made twice), each incident assigned its beat by the importer.
 */
@SpringBootTest(
    properties = {
      "ceasefire.database.data-dir=target/demo-import-load-test-data",
      "ceasefire.database.clean=true",
      "ceasefire.demo.load=true",
      "ceasefire.demo.scale=1",
      "ceasefire.demo.incidents=import",
      "ceasefire.database.durable=false",
      "ceasefire.database.default-scope=all"
    })
class DemoImportLoadTest {

  @Autowired JdbcClient jdbc;
  @Autowired Sites sites;
  @Autowired DemoProperties properties;

  @Test
  void loadsEveryGeneratedIncidentThroughTheImportEngine() {
    long site = sites.findSite(DemoLoader.SITE_CODE).orElseThrow();
    LocalDate yesterday = LocalDate.now(DemoParameters.CONNECTICUT_TIME).minusDays(1);
    DemoTile tile =
        new DemoRegionGenerator(DemoParameters.of(properties.seed(), 1, yesterday)).tile(0);
    long participants = tile.incidents().stream().mapToLong(i -> i.participants().size()).sum();
    long firearms = tile.incidents().stream().mapToLong(i -> i.firearms().size()).sum();

    assertThat(count("incident", site)).isEqualTo(tile.incidents().size());
    assertThat(count("participant", site)).isEqualTo(participants);
    assertThat(count("firearm", site)).isEqualTo(firearms);
    assertThat(count("person", site))
        .as("every participant matched a copied person by state id")
        .isEqualTo(tile.people().size());
    assertThat(
            jdbc.sql(
                    "select count(*) from incident where site_id = :site and (area_id is null"
                        + " or source_system <> 'demo')")
                .param("site", site)
                .query(Long.class)
                .single())
        .as("each imported incident located in its beat, under the demo source system")
        .isZero();
    assertThat(
            jdbc.sql(
                    "select kind || ':' || status from import_run where site_id = :site"
                        + " order by id")
                .param("site", site)
                .query(String.class)
                .list())
        .containsExactly("incidents:done", "participants:done", "firearms:done");
    assertThat(count("prosecution_case", site))
        .as("the programme's cases follow the imported incidents")
        .isEqualTo(10);
  }

  private long count(String table, long site) {
    return jdbc.sql("select count(*) from " + table + " where site_id = :site")
        .param("site", site)
        .query(Long.class)
        .single();
  }
}
