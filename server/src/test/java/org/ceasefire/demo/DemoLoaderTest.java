package org.ceasefire.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo region loads into the embedded PostgreSQL once, with every reference intact. */
@SpringBootTest(
    properties = {
      "ceasefire.database.data-dir=target/demo-loader-test-data",
      "ceasefire.database.clean=true",
      "ceasefire.demo.load=true",
      "ceasefire.demo.scale=1",
      "ceasefire.database.durable=false",
      // the loader scopes its own work to the new site; the assertions read across sites
      "ceasefire.database.default-scope=all"
    })
class DemoLoaderTest {

  @Autowired JdbcClient jdbc;
  @Autowired DemoLoader loader;
  @Autowired Sites sites;
  @Autowired DataSource dataSource;
  @Autowired TransactionTemplate transaction;
  @Autowired org.ceasefire.reviews.Reviews reviews;
  @Autowired org.ceasefire.places.Places places;

  @Test
  void loadsTheRegionOnFirstStart() {
    long site = sites.findSite(DemoLoader.SITE_CODE).orElseThrow();
    assertThat(count("jurisdiction", site)).isEqualTo(9);
    assertThat(count("area", site)).isEqualTo(166);
    assertThat(count("criminal_group", site)).isBetween(50L, 70L);
    assertThat(count("person", site)).isBetween(2_800L, 3_300L);
    assertThat(count("membership", site)).isGreaterThan(300);
    assertThat(count("group_relationship", site)).isGreaterThan(20);
    assertThat(count("incident", site)).isBetween(20_000L, 60_000L);
    assertThat(count("participant", site)).isGreaterThan(10_000);
    assertThat(count("firearm", site)).isGreaterThan(1_000);
    assertThat(count("prosecution_case", site)).isEqualTo(10);
    assertThat(
            jdbc.sql("select count(distinct status) from prosecution_case where site_id = :site")
                .param("site", site)
                .query(Long.class)
                .single())
        .as("the demo cases stand at different places in the pipeline")
        .isEqualTo(5);
    assertThat(count("outreach_referral", site)).isEqualTo(DemoOutreach.REFERRALS);
    assertThat(count("outreach_consent", site)).isEqualTo(1);
    assertThat(count("custody_release", site)).isEqualTo(DemoOutreach.RELEASES);
    assertThat(count("call_in", site)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from call_in_invitation where site_id = :site"
                        + " and attendance = 'attended'")
                .param("site", site)
                .query(Long.class)
                .single())
        .as("people attended the demo call-in")
        .isPositive();
    assertThat(count("custom_notification", site)).isEqualTo(3);
    assertThat(count("evaluation_program", site)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from evaluation_program_place where site_id = :site"
                        + " and part = 'target'")
                .param("site", site)
                .query(Long.class)
                .single())
        .as("the three program cities are the evaluation's targets")
        .isEqualTo(3);
    assertThat(sites.site(site).synthetic()).isTrue();
    assertThat(
            jdbc.sql("select program_start from site where id = :site")
                .param("site", site)
                .query(LocalDate.class)
                .single())
        .isNotNull();
  }

  @Test
  void aShootingReviewOnTheDemoRegionHasShootingsGroupsAndRetaliationAlerts() {
    long site = sites.findSite(DemoLoader.SITE_CODE).orElseThrow();
    var investigator = sites.user("investigator").orElseThrow();
    long hartford =
        places.jurisdictions(site).stream()
            .filter(j -> j.name().equals("Hartford"))
            .findFirst()
            .orElseThrow()
            .id();
    // a month's review: the first meeting covers the week before, so schedule two
    LocalDate day = LocalDate.now(DemoParameters.CONNECTICUT_TIME);
    reviews.schedule(investigator, hartford, day.minusDays(60).toString());
    var meeting = reviews.schedule(investigator, hartford, day.toString());
    var agenda = reviews.agenda(investigator, meeting);
    assertThat(agenda).as("Hartford's shootings and seizures in 60 days").hasSizeGreaterThan(5);
    assertThat(agenda.stream().flatMap(a -> a.people().stream()))
        .anySatisfy(p -> assertThat(p.groups()).isNotEmpty());
    assertThat(reviews.alerts(investigator, agenda))
        .anySatisfy(a -> assertThat(a.rivals()).isNotEmpty());
  }

  @Test
  void aSecondStartLeavesTheRegionAlone() {
    long site = sites.findSite(DemoLoader.SITE_CODE).orElseThrow();
    long before = count("incident", site);
    loader.loadOnFirstStart();
    assertThat(count("incident", site)).isEqualTo(before);
  }

  @Test
  void writesSeveralTilesIntoAnotherSiteWithConsistentReferences() {
    long site = transaction.execute(status -> writeTwoSmallTiles());
    assertThat(count("jurisdiction", site)).isEqualTo(18);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from incident i join area a
                        on a.site_id = i.site_id and a.id = i.area_id
                     where i.site_id = :site and a.jurisdiction_id <> i.jurisdiction_id
                    """)
                .param("site", site)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    """
                    select count(distinct g.jurisdiction_id) from group_relationship r
                      join criminal_group g on g.site_id = r.site_id and g.id = r.group_a
                     where r.site_id = :site
                    """)
                .param("site", site)
                .query(Long.class)
                .single())
        .isGreaterThan(9);
  }

  private long writeTwoSmallTiles() {
    long site = sites.createSite("demo-writer-test", "Writer test", -72.7, 41.5, true);
    long agency = sites.createAgency(site, "State Police", "state_police");
    long analyst =
        sites.createUser(site, "writer-test-analyst", "A", "secret-secret", Role.ANALYST, agency);
    var parameters =
        new DemoParameters(7, 2, LocalDate.of(2025, 12, 31), 1, DemoParameters.CONNECTICUT_TIME);
    var generator = new DemoRegionGenerator(parameters);
    var connection = DataSourceUtils.getConnection(dataSource);
    try {
      var writer = new DemoRegionWriter(connection, site, List.of(analyst));
      writer.write(generator.tile(0));
      writer.write(generator.tile(1));
      assertThat(writer.counts().rows("incident"))
          .isEqualTo(generator.tile(0).incidents().size() + generator.tile(1).incidents().size());
      return site;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private long count(String table, long site) {
    return jdbc.sql("select count(*) from " + table + " where site_id = :site")
        .param("site", site)
        .query(Long.class)
        .single();
  }
}
