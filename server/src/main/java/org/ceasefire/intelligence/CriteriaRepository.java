package org.ceasefire.intelligence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for a site's documented criteria and lifecycle settings. */
@Repository
class CriteriaRepository {

  /** The criteria every site starts with (also seeded for existing sites by V30). */
  static final List<Criterion> DEFAULTS =
      List.of(
          new Criterion("self_admission", "Self-admission", true),
          new Criterion("arrested_with_members", "Arrested with known members", true),
          new Criterion("identified_by_reliable_source", "Identified by a reliable source", true),
          new Criterion("group_tattoos_or_symbols", "Group tattoos or symbols", true),
          new Criterion("social_media_admission", "Admission on social media", true),
          new Criterion("observed_associating", "Observed associating with members", true),
          new Criterion("court_finding", "Court finding", true));

  static final int DEFAULT_JUVENILE_REVIEW_YEARS = 2;

  private final JdbcClient jdbc;

  CriteriaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** All criteria of a site, seeding the defaults the first time a site is asked about. */
  List<Criterion> all(long siteId) {
    List<Criterion> found = select(siteId);
    if (!found.isEmpty()) {
      return found;
    }
    for (int i = 0; i < DEFAULTS.size(); i++) {
      insert(siteId, DEFAULTS.get(i), i + 1, false);
    }
    return select(siteId);
  }

  void save(long siteId, Criterion c) {
    all(siteId);
    insert(siteId, c, 1000, true);
  }

  int juvenileReviewYears(long siteId) {
    return jdbc.sql("select juvenile_review_years from intelligence_policy where site_id = :site")
        .param("site", siteId)
        .query(Integer.class)
        .optional()
        .orElse(DEFAULT_JUVENILE_REVIEW_YEARS);
  }

  void setJuvenileReviewYears(long siteId, int years) {
    jdbc.sql(
            """
            insert into intelligence_policy (site_id, juvenile_review_years) values (:site, :years)
            on conflict (site_id) do update set juvenile_review_years = excluded.juvenile_review_years
            """)
        .param("site", siteId)
        .param("years", years)
        .update();
  }

  private List<Criterion> select(long siteId) {
    return jdbc.sql(
            """
            select code, label, active from documented_criterion
             where site_id = :site order by position, code
            """)
        .param("site", siteId)
        .query(Criterion.class)
        .list();
  }

  private void insert(long siteId, Criterion c, int position, boolean replace) {
    jdbc.sql(
            """
            insert into documented_criterion (site_id, code, label, active, position)
            values (:site, :code, :label, :active, :position)
            on conflict (site_id, code) do
            """
                + (replace
                    ? " update set label = excluded.label, active = excluded.active"
                    : " nothing"))
        .param("site", siteId)
        .param("code", c.code())
        .param("label", c.label())
        .param("active", c.active())
        .param("position", position)
        .update();
  }
}
