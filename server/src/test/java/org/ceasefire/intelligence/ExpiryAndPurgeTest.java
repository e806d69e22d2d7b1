package org.ceasefire.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** D4, D10, F3: expiry hides an entry everywhere and queues it; a purge leaves only the audit. */
@CeasefireTest
class ExpiryAndPurgeTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Groups groups;
  @Autowired People people;
  @Autowired Places places;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired LifecycleJob job;
  @Autowired PurgeQueue queue;
  @Autowired JdbcClient jdbc;
  IntelligenceTestData data;
  LocalDate today = LocalDate.now();

  @BeforeEach
  void newSite() {
    data = new IntelligenceTestData(TestSites.create(sites), groups, people, places, lifecycle);
  }

  private long rows(String sql, long id) {
    return jdbc.sql(sql).param("site", data.site.id()).param("id", id).query(Long.class).single();
  }

  @Test
  void hidesAnEntryPastItsReviewDateEverywhereAndQueuesItForPurge() throws Exception {
    Person p = data.person("Eli", "Ward", "1990-03-03");
    Membership m = data.listed(p, today.plusYears(1));
    assertThat(job.runOn(m.reviewDate(), data.site.id())).as("not yet due").isZero();
    assertThat(job.runOn(m.reviewDate().plusDays(1), data.site.id())).isEqualTo(1);

    assertThat(groups.members(data.site.id(), data.group.id())).isEmpty();
    assertThat(groups.get(data.site.id(), data.group.id()).memberCount()).isZero();
    assertThat(groups.membershipsOf(data.site.id(), p.id())).isEmpty();
    mvc.perform(get("/api/groups/" + data.group.id() + "/members").with(user(data.analyst)))
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/api/groups?q=hill&purpose=review_and_validation").with(user(data.analyst)))
        .andExpect(jsonPath("$.items[0].currentMembers").value(0));
    mvc.perform(get("/api/people/" + p.id() + "/intelligence").with(user(data.analyst)))
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/people/" + p.id()).with(user(data.analyst)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("FI card 17"))));
    mvc.perform(get("/groups/" + data.group.id()).with(user(data.analyst)))
        .andExpect(content().string(not(containsString("Eli Ward"))));
    assertThat(queue.list(data.site.id()))
        .extracting(QueuedRecord::recordType, QueuedRecord::recordId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("membership", m.id()));
    assertThat(rows("select count(*) from membership where site_id = :site and id = :id", m.id()))
        .as("kept until purged")
        .isEqualTo(1);
  }

  @Test
  void purgeDeletesTheEntryAndItsHistoryLeavingOnlyAnAuditRecord() throws Exception {
    Membership m = data.listed(data.person("Kai", "Moss", "1991-04-04"), today.plusDays(30));
    job.runOn(m.reviewDate().plusDays(1), data.site.id());
    long queued = queue.list(data.site.id()).get(0).id();
    mvc.perform(
            post("/api/intelligence/purge-queue/" + queued + "/purge")
                .with(user(data.investigator))
                .with(csrf()))
        .andExpect(status().isNoContent());

    assertThat(rows("select count(*) from membership where site_id = :site and id = :id", m.id()))
        .isZero();
    assertThat(
            rows(
                "select count(*) from record_history where site_id = :site"
                    + " and record_type = 'membership' and record_id = :id",
                m.id()))
        .isZero();
    assertThat(queue.list(data.site.id())).isEmpty();
    assertThat(
            jdbc.sql(
                    "select detail from audit_event where site_id = :site and action = 'purge'"
                        + " and record_type = 'membership' and record_id = :id")
                .param("site", data.site.id())
                .param("id", m.id())
                .query(String.class)
                .list())
        .singleElement()
        .satisfies(d -> assertThat(d).contains("existed and was purged").doesNotContain("Kai"));
  }

  @Test
  void refusesToPurgeWhatIsNotQueued() throws Exception {
    mvc.perform(
            post("/api/intelligence/purge-queue/999999/purge")
                .with(user(data.investigator))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void queuesAGroupNotReauditedInThreeYearsWithItsEntriesAndPurgesThemAll() throws Exception {
    Membership m = data.listed(data.person("Ray", "Fox", "1992-05-05"));
    LocalDate threeYears = today.plusYears(3);
    assertThat(job.runOn(threeYears, data.site.id())).isZero();
    mvc.perform(
            post("/api/intelligence/groups/" + data.group.id() + "/review")
                .with(user(data.analyst))
                .with(csrf()))
        .andExpect(status().isOk());
    assertThat(job.runOn(threeYears.plusDays(1), data.site.id())).isEqualTo(2);
    assertThat(groups.search(data.site.id(), "hill", null, null, 0, 10).items()).isEmpty();
    mvc.perform(get("/api/groups/" + data.group.id()).with(user(data.analyst)))
        .andExpect(status().isNotFound());
    List<QueuedRecord> queued = queue.list(data.site.id());
    assertThat(queued)
        .extracting(QueuedRecord::recordType)
        .containsExactlyInAnyOrder("group", "membership");
    long groupItem =
        queued.stream().filter(q -> q.recordType().equals("group")).findFirst().orElseThrow().id();
    queue.purge(data.investigator, groupItem);
    assertThat(queue.list(data.site.id())).isEmpty();
    assertThat(
            rows(
                "select count(*) from criminal_group where site_id = :site and id = :id",
                data.group.id()))
        .isZero();
    assertThat(rows("select count(*) from membership where site_id = :site and id = :id", m.id()))
        .isZero();
    assertThat(
            rows(
                "select count(*) from audit_event where site_id = :site and action = 'purge'"
                    + " and record_type = 'membership' and record_id = :id",
                m.id()))
        .isEqualTo(1);
  }

  @Test
  void theDailyRunQueuesEveryOverdueEntryWhateverItsSite() {
    Membership m = data.listed(data.person("Lou", "Park", "1990-06-06"), today.plusDays(10));
    jdbc.sql(
            "update membership set review_date = current_date - 1 where site_id = :site and id = :id")
        .param("site", data.site.id())
        .param("id", m.id())
        .update();
    job.run();
    assertThat(queue.list(data.site.id()))
        .extracting(QueuedRecord::recordId)
        .containsExactly(m.id());
  }
}
