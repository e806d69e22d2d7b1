package org.ceasefire.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.platform.EmbeddedDatabase;
import org.ceasefire.platform.PageOf;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@CeasefireTest
class AuditTrailTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired People people;
  @Autowired AuditLog log;
  @Autowired AuditChain chain;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedDatabase database;
  TestSites.TestSite site;
  CeasefireUser analyst;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    analyst = site.user(Role.ANALYST);
  }

  private List<AuditLog.Event> events(String action) {
    AuditLog.Filter f = new AuditLog.Filter(null, action, null, null, null, null);
    PageOf<AuditLog.Event> page = log.search(site.id(), f, 0, 200);
    return page.items();
  }

  @Test
  void recordsEveryReadOfAPersonWithWhoAndFromWhere() throws Exception {
    Person p = people.create(analyst, aPerson().named("Nia", "Cole").input());
    mvc.perform(get("/api/people/" + p.id()).with(user(analyst))).andExpect(status().isOk());
    mvc.perform(get("/people/" + p.id()).with(user(site.user(Role.PROSECUTOR))))
        .andExpect(status().isOk());
    assertThat(events("read"))
        .extracting(AuditLog.Event::username, AuditLog.Event::recordType, AuditLog.Event::recordId)
        .contains(
            org.assertj.core.groups.Tuple.tuple(analyst.username(), "person", p.id()),
            org.assertj.core.groups.Tuple.tuple(
                site.user(Role.PROSECUTOR).username(), "person", p.id()));
    assertThat(events("read").get(0).clientAddress()).isEqualTo("127.0.0.1");
  }

  @Test
  void recordsOneEntryPerPersonASearchReturns() throws Exception {
    people.create(analyst, aPerson().named("Sol", "Grant").input());
    people.create(analyst, aPerson().named("Sol", "Greer").input());
    people.create(analyst, aPerson().named("Other", "Name").input());
    mvc.perform(get("/api/people?q=sol").with(user(analyst))).andExpect(status().isOk());
    assertThat(events("search")).hasSize(2).allMatch(e -> e.detail().contains("q=sol"));
  }

  @Test
  void recordsARefusedRequestWithTheRoleAndPath() throws Exception {
    mvc.perform(get("/api/groups").with(user(site.user(Role.OUTREACH))))
        .andExpect(status().isForbidden());
    assertThat(events("denied"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.role()).isEqualTo("outreach");
              assertThat(e.outcome()).isEqualTo("denied");
              assertThat(e.detail()).startsWith("GET /api/groups");
            });
  }

  @Test
  void recordsFailedAndSuccessfulSignIns() throws Exception {
    String username = analyst.username();
    mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf()))
        .andExpect(status().is3xxRedirection());
    var session =
        (org.springframework.mock.web.MockHttpSession)
            mvc.perform(
                    post("/login")
                        .param("username", username)
                        .param("password", TestSites.PASSWORD)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getRequest()
                .getSession();
    assertThat(events("login")).as("the password alone is not a sign-in").isEmpty();
    mvc.perform(post("/mfa").session(session).param("code", TestSites.otp()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(events("login_failed"))
        .singleElement()
        .extracting(AuditLog.Event::outcome)
        .isEqualTo("failed");
    assertThat(events("login")).hasSize(1);
  }

  @Test
  void recordsAnExportOfTheAuditTrailAndServesItAsAnAttachment() throws Exception {
    people.create(analyst, aPerson().named("Exp", "Ort").input());
    CeasefireUser auditor = site.user(Role.AUDITOR);
    String csv =
        mvc.perform(get("/audit/export.csv?action=create").with(user(auditor)))
            .andExpect(status().isOk())
            .andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                    .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("seq,at,username");
    assertThat(csv).contains(analyst.username());
    assertThat(events("export"))
        .singleElement()
        .satisfies(e -> assertThat(e.username()).isEqualTo(auditor.username()));
  }

  @Test
  void refusesToChangeOrRemoveAnEntryEvenToTheTablesOwner() throws Exception {
    people.create(analyst, aPerson().input());
    assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'x'").update())
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
        .rootCause()
        .hasMessageContaining("permission denied");
    try (Connection owner = DriverManager.getConnection(database.jdbcUrl());
        Statement s = owner.createStatement()) {
      for (String sql :
          List.of(
              "update audit_event set detail = 'x'",
              "delete from audit_event",
              "truncate audit_event")) {
        assertThatThrownBy(() -> s.execute(sql)).hasMessageContaining("append-only");
      }
    }
  }

  @Test
  void refusesAnEntryForNoSiteThatExistsAndKeepsASiteThatHasEntries() throws Exception {
    Person p = people.create(analyst, aPerson().input());
    long before = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    AuditEntry good = readBy(site.id(), p.id(), null);
    AuditEntry noSuchSite = readBy(Long.MAX_VALUE, p.id(), null);
    try (Connection owner = DriverManager.getConnection(database.jdbcUrl())) {
      owner.setAutoCommit(false);
      assertThatThrownBy(() -> AuditTrail.append(owner, good, noSuchSite, good))
          .hasMessageContaining("audit entry for site " + Long.MAX_VALUE + " refused");
      owner.rollback();
      try (Statement s = owner.createStatement()) {
        assertThatThrownBy(() -> s.execute("delete from site where id = " + site.id()))
            .hasMessageContaining("site " + site.id() + " has audit entries");
      }
      owner.rollback();
    }
    assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single())
        .isEqualTo(before);
    assertThat(sites.findSite(site.code())).contains(site.id());
  }

  /**
   * The analyst's read of a person, as the application would write it, for another site if asked.
   */
  private AuditEntry readBy(long siteId, long personId, @Nullable String detail) {
    return new AuditEntry(
        siteId,
        analyst.id(),
        analyst.username(),
        analyst.role().code(),
        analyst.agencyId(),
        AuditAction.READ,
        "person",
        personId,
        null,
        null,
        "ok",
        detail);
  }

  @Test
  void verificationNamesTheFirstEntryChangedBehindTheApplicationsBack() throws Exception {
    Person p = people.create(analyst, aPerson().named("Tam", "Hart").input());
    people.view(analyst, p.id());
    assertThat(chain.verify().intact()).isTrue();
    long seq =
        jdbc.sql("select max(seq) from audit_event where site_id = :site")
            .param("site", site.id())
            .query(Long.class)
            .single();
    String original =
        jdbc.sql("select username from audit_event where seq = :seq")
            .param("seq", seq)
            .query(String.class)
            .single();
    tamper(seq, "someone-else");
    try {
      AuditChain.Verification v = chain.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.brokenAt()).isEqualTo(seq);
      assertThat(v.describe()).contains("was changed");
      mvc.perform(get("/audit/verify").with(user(site.user(Role.AUDITOR))))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("BROKEN at entry")));
    } finally {
      tamper(seq, original);
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void verificationNamesAnEntryRemovedBehindTheApplicationsBack() throws Exception {
    Person p = people.create(analyst, aPerson().named("Ida", "Lowe").input());
    people.view(analyst, p.id());
    people.view(analyst, p.id());
    assertThat(chain.verify().intact()).isTrue();
    long seq =
        jdbc.sql("select min(seq) from audit_event where site_id = :site and action = 'read'")
            .param("site", site.id())
            .query(Long.class)
            .single();
    try (Connection owner = DriverManager.getConnection(database.jdbcUrl());
        Statement s = owner.createStatement()) {
      s.execute("set session_replication_role = replica");
      s.execute("create temp table kept as select * from audit_event where seq = " + seq);
      s.execute("delete from audit_event where seq = " + seq);
      try {
        AuditChain.Verification v = chain.verify();
        assertThat(v.brokenAt()).isEqualTo(seq);
        assertThat(v.describe()).contains("it was removed");
      } finally {
        s.execute("insert into audit_event select * from kept");
      }
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void writersDoNotWaitForEachOtherAndAnEntryCommittedLateIsLinkedToo() throws Exception {
    Person p = people.create(analyst, aPerson().named("Ray", "Moss").input());
    java.util.concurrent.ExecutorService other =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try (Connection open = DriverManager.getConnection(database.jdbcUrl())) {
      // one writer's entry written but not committed...
      open.setAutoCommit(false);
      AuditTrail.append(open, readBy(site.id(), p.id(), "committed late"));
      // ...does not hold another writer back (before V100 it did, until the first committed)
      java.util.concurrent.Future<?> read = other.submit(() -> people.view(analyst, p.id()));
      read.get(20, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(chain.verify().intact()).isTrue();
      open.commit();
    } finally {
      other.shutdownNow();
    }
    assertThat(chain.verify().intact()).isTrue();
    long unlinked =
        jdbc.sql(
                """
                select count(*) from audit_event e
                where e.site_id = :site
                  and not exists (select from audit_chain c where e.seq = any (c.seqs))
                """)
            .param("site", site.id())
            .query(Long.class)
            .single();
    assertThat(unlinked).isZero();
    List<Long> readOrder =
        jdbc.sql(
                """
                select e.seq from audit_chain c
                cross join lateral unnest(c.seqs) with ordinality as u(seq, k)
                join audit_event e on e.seq = u.seq
                where e.site_id = :site and e.action = 'read' order by c.position, u.k
                """)
            .param("site", site.id())
            .query(Long.class)
            .list();
    // the late entry took its number first but was linked after the entry committed before it
    assertThat(readOrder).hasSize(2);
    assertThat(readOrder.get(0)).isGreaterThan(readOrder.get(1));
  }

  /** A superuser edit that skips the triggers, as an attacker with database access could. */
  private void tamper(long seq, String username) throws Exception {
    try (Connection owner = DriverManager.getConnection(database.jdbcUrl());
        Statement s = owner.createStatement()) {
      s.execute("set session_replication_role = replica");
      s.execute("update audit_event set username = '" + username + "' where seq = " + seq);
    }
  }
}
