package org.ceasefire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.people.People;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PostgreSQL row-level security keeps sites apart below the application: the application's role
 * owns nothing, cannot bypass it, sees one site per connection, and nothing without a site.
 */
@CeasefireTest
class RowLevelSecurityTest {

  @Autowired EmbeddedDatabase database;
  @Autowired Sites sites;
  @Autowired People people;
  @Autowired MockMvc mvc;

  private Connection asApp() throws Exception {
    return DriverManager.getConnection(database.jdbcUrl(DatabaseConfiguration.APP_ROLE));
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypassRowSecurity() throws Exception {
    try (Connection c = asApp();
        Statement s = c.createStatement()) {
      assertThat(
              count(
                  s,
                  "select count(*) from pg_roles where rolname = current_user"
                      + " and not rolbypassrls and not rolsuper"))
          .isEqualTo(1);
      assertThat(count(s, "select count(*) from pg_tables where tableowner = current_user"))
          .isZero();
    }
  }

  @Test
  void everyTableWithASiteIdHasRowSecurityOn() throws Exception {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                """
                select c.relname from pg_class c
                  join pg_attribute a on a.attrelid = c.oid and a.attname = 'site_id'
                 where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
                   and not c.relrowsecurity order by 1
                """)) {
      java.util.List<String> unprotected = new java.util.ArrayList<>();
      while (rs.next()) {
        unprotected.add(rs.getString(1));
      }
      assertThat(unprotected).as("tables with site_id but no row-level security").isEmpty();
    }
  }

  @Test
  void everySitePolicyComparesWithTheStatementsScopeComputedOnce() throws Exception {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                """
                select tablename || '.' || policyname from pg_policies
                 where schemaname = 'public'
                   and (qual like '%ceasefire_site_visible(site_id)%'
                        or with_check like '%ceasefire_site_visible(site_id)%')
                 order by 1
                """)) {
      java.util.List<String> perRow = new java.util.ArrayList<>();
      while (rs.next()) {
        perRow.add(rs.getString(1));
      }
      assertThat(perRow)
          .as("policies that evaluate the scope row by row (write them as V107 does)")
          .isEmpty();
    }
  }

  @Test
  void aConnectionSeesOnlyItsSiteAndNothingWithoutOne() throws Exception {
    TestSites.TestSite a = TestSites.create(sites);
    TestSites.TestSite b = TestSites.create(sites);
    people.create(a.user(Role.ANALYST), aPerson().named("Only", "InA").input());
    people.create(b.user(Role.ANALYST), aPerson().named("Only", "InB").input());
    try (Connection c = asApp();
        Statement s = c.createStatement()) {
      assertThat(count(s, "select count(*) from person")).as("no site: nothing").isZero();
      assertThat(count(s, "select count(*) from app_user")).isZero();
      for (String notASite : java.util.List.of("", "junk", "01", a.id() + " ", "-" + a.id())) {
        s.execute("select set_config('app.site_id', '" + notASite + "', false)");
        assertThat(count(s, "select count(*) from person"))
            .as("setting '%s' names no site: nothing", notASite)
            .isZero();
      }
      s.execute("select set_config('app.site_id', 'all', false)");
      assertThat(count(s, "select count(distinct site_id) from person")).isGreaterThan(1);
      s.execute("select set_config('app.site_id', '" + a.id() + "', false)");
      assertThat(count(s, "select count(*) from person where last_name like 'InB'")).isZero();
      assertThat(count(s, "select count(*) from person where last_name like 'InA'")).isEqualTo(1);
      assertThat(count(s, "select count(distinct site_id) from app_user")).isEqualTo(1);
      assertThatThrownBy(
              () ->
                  s.execute(
                      "insert into person (site_id, first_name, last_name) values ("
                          + b.id()
                          + ", 'Sneaky', 'Insert')"))
          .hasMessageContaining("row-level security");
      assertThatThrownBy(() -> s.execute("update audit_event set detail = 'x'"))
          .hasMessageContaining("permission denied");
      assertThatThrownBy(
              () ->
                  s.execute(
                      "insert into audit_event (seq, at, action)"
                          + " values (999999999, now() - interval '1 year', 'read')"))
          .as("the database numbers and times each entry, not its writer")
          .hasMessageContaining("permission denied");
    }
  }

  @Test
  void aWebRequestIsScopedToItsUsersSiteEvenWithoutASiteFilterInTheQuery() throws Exception {
    TestSites.TestSite a = TestSites.create(sites);
    TestSites.TestSite b = TestSites.create(sites);
    people.create(b.user(Role.ANALYST), aPerson().named("Hidden", "Elsewhere").input());
    mvc.perform(get("/api/people?q=Elsewhere").with(user(a.user(Role.ANALYST))))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/people?q=Elsewhere").with(user(b.user(Role.ANALYST))))
        .andExpect(jsonPath("$.total").value(1));
  }
}
