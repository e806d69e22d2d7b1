package org.ceasefire.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ceasefire.incidents.Involvement;
import org.ceasefire.platform.IdList;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL that reads prosecution cases. Defendants' names come from {@code people}, not from here. */
@Repository
class CaseRepository {

  private static final String CASE =
      """
      select c.id, c.case_number, c.defendant_id, c.referring_agency_id, g.name as agency,
             c.referral_number, c.jurisdiction_id, j.name as city, c.referred_on, c.arrested_on,
             c.gun_case, c.status, c.status_on, c.forum, c.forum_reasons, c.forum_decided_by,
             u.display_name as decided_by, c.forum_decided_on, c.federal_adopted_on,
             c.custody_status, c.sentenced_on, c.custody_months, c.supervision_months,
             c.supervision_kind, c.version
        from prosecution_case c
        join agency g on g.site_id = c.site_id and g.id = c.referring_agency_id
        join jurisdiction j on j.site_id = c.site_id and j.id = c.jurisdiction_id
        left join app_user u on u.site_id = c.site_id and u.id = c.forum_decided_by
       where c.site_id = :site and c.id = :id
      """;

  private static final String SUMMARY =
      """
      select c.id, c.case_number, c.defendant_id, j.name as city, g.name as agency, c.referred_on,
             c.status, c.status_on, c.forum, n.scheduled_on as next_on, n.kind as next_kind,
             coalesce((select string_agg(h.statute_code
                                         || case when h.counts > 1 then ' ×' || h.counts else '' end,
                                         ', ' order by h.id)
                         from case_charge h where h.site_id = c.site_id and h.case_id = c.id),
                      '') as charges
        from prosecution_case c
        join agency g on g.site_id = c.site_id and g.id = c.referring_agency_id
        join jurisdiction j on j.site_id = c.site_id and j.id = c.jurisdiction_id
        left join lateral (select e.scheduled_on, e.kind from case_event e
                            where e.site_id = c.site_id and e.case_id = c.id
                              and e.scheduled_on >= :today
                            order by e.scheduled_on, e.id limit 1) n on true
       where c.site_id = :site
      """;

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ProsecutionCase> find(long siteId, long id) {
    return jdbc.sql(CASE)
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> caseOf(rs, siteId))
        .optional();
  }

  Optional<Integer> version(long siteId, long id) {
    return jdbc.sql("select version from prosecution_case where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", id)
        .query(Integer.class)
        .optional();
  }

  /**
   * Cases in the given states (all when empty), optionally of one city and only gun cases, newest
   * status first.
   */
  List<CaseSummary> summaries(
      long siteId,
      Collection<String> statuses,
      @Nullable Long city,
      boolean gunCasesOnly,
      LocalDate today) {
    return jdbc.sql(
            SUMMARY
                + """
                   and (cardinality(cast(:statuses as text[])) = 0
                        or c.status = any(cast(:statuses as text[])))
                   and (cast(:city as bigint) is null or c.jurisdiction_id = :city)
                   and (not :gun or c.gun_case)
                 order by c.status_on desc, c.id desc limit 1000
                """)
        .param("site", siteId)
        .param("statuses", statuses.toArray(String[]::new))
        .param("city", city)
        .param("gun", gunCasesOnly)
        .param("today", today)
        .query(CaseRepository::summaryOf)
        .list();
  }

  /** Every case of these people (as defendant), newest referral first. */
  List<CaseSummary> ofPeople(long siteId, Collection<Long> personIds, LocalDate today) {
    IdList people = IdList.of("c.defendant_id", "people", personIds);
    return jdbc.sql(
            SUMMARY + " and " + people.condition() + " order by c.referred_on desc, c.id desc")
        .param("site", siteId)
        .param("people", people.value())
        .param("today", today)
        .query(CaseRepository::summaryOf)
        .list();
  }

  /** Court dates in [from, to] of open cases, soonest first. */
  List<CourtDate> calendar(long siteId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select e.scheduled_on, e.kind, e.court, c.id, c.case_number, c.defendant_id, c.status
              from case_event e
              join prosecution_case c on c.site_id = e.site_id and c.id = e.case_id
             where e.site_id = :site and e.scheduled_on between :from and :to
               and c.status = any(:open)
             order by e.scheduled_on, c.case_number, e.id
            """)
        .param("site", siteId)
        .param("from", from)
        .param("to", to)
        .param("open", CaseStatus.openCodes().toArray(String[]::new))
        .query(
            (rs, n) ->
                new CourtDate(
                    rs.getObject(1, LocalDate.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getLong(6),
                    "",
                    CaseStatus.fromCode(rs.getString(7))))
        .list();
  }

  List<StatusChange> transitions(long siteId, long caseId) {
    return jdbc.sql(
            """
            select t.from_status, t.to_status, t.effective_on, t.reason, u.display_name,
                   t.changed_at
              from case_transition t
              join app_user u on u.site_id = t.site_id and u.id = t.changed_by
             where t.site_id = :site and t.case_id = :case order by t.changed_at, t.id
            """)
        .param("site", siteId)
        .param("case", caseId)
        .query(
            (rs, n) ->
                new StatusChange(
                    rs.getString(1) == null ? null : CaseStatus.fromCode(rs.getString(1)),
                    CaseStatus.fromCode(rs.getString(2)),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class)))
        .list();
  }

  /** Status changes of the cases an agency referred, newest first. */
  List<InboxNotice> inbox(long siteId, long agencyId) {
    return jdbc.sql(
            """
            select c.id, c.case_number, c.referral_number, c.referred_on, t.to_status,
                   t.effective_on, t.changed_at
              from case_transition t
              join prosecution_case c on c.site_id = t.site_id and c.id = t.case_id
             where t.site_id = :site and c.referring_agency_id = :agency
             order by t.changed_at desc, t.id desc limit 200
            """)
        .param("site", siteId)
        .param("agency", agencyId)
        .query(
            (rs, n) ->
                new InboxNotice(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    CaseStatus.fromCode(rs.getString(5)),
                    rs.getObject(6, LocalDate.class),
                    rs.getObject(7, OffsetDateTime.class)))
        .list();
  }

  /** Each case's defendant as arrestee of each incident the case came from, oldest first. */
  List<Involvement> arrests(long siteId) {
    return jdbc.sql(
            """
            select distinct i.id, i.type, i.occurred_at, c.defendant_id
              from case_incident ci
              join prosecution_case c on c.site_id = ci.site_id and c.id = ci.case_id
              join incident i on i.site_id = ci.site_id and i.id = ci.incident_id
             where ci.site_id = :site
             order by i.occurred_at, i.id, c.defendant_id
            """)
        .param("site", siteId)
        .query(
            (rs, n) ->
                new Involvement(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getLong(4),
                    "arrestee"))
        .list();
  }

  /** Changes whenever a case is linked to an incident, unlinked, or edited. */
  String arrestsVersion(long siteId) {
    return jdbc.sql(
            """
            select (select count(*) || ':' || coalesce(sum(case_id * 1000003 + incident_id), 0)
                      from case_incident where site_id = :site)
                   || ':' || coalesce((select max(updated_at)::text from prosecution_case
                                        where site_id = :site), '')
            """)
        .param("site", siteId)
        .query(String.class)
        .single();
  }

  /** Days from referral to the first charge and to the first disposition, by forum. */
  List<CaseMeasure> measures(long siteId) {
    return jdbc.sql(
            """
            with firsts as (
              select coalesce(c.forum, 'undecided') as forum, c.referred_on,
                     (select min(t.effective_on) from case_transition t
                       where t.site_id = c.site_id and t.case_id = c.id
                         and t.to_status = 'charged') - c.referred_on as to_charge,
                     (select min(t.effective_on) from case_transition t
                       where t.site_id = c.site_id and t.case_id = c.id
                         and t.to_status = 'disposed') - c.referred_on as to_disposition
                from prosecution_case c where c.site_id = :site)
            select forum, count(*), count(to_charge),
                   percentile_cont(0.5) within group (order by to_charge), avg(to_charge),
                   count(to_disposition),
                   percentile_cont(0.5) within group (order by to_disposition), avg(to_disposition)
              from firsts group by forum order by forum
            """)
        .param("site", siteId)
        .query(
            (rs, n) ->
                new CaseMeasure(
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    number(rs, 4),
                    number(rs, 5),
                    rs.getLong(6),
                    number(rs, 7),
                    number(rs, 8)))
        .list();
  }

  private static @Nullable Double number(ResultSet rs, int column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? null : Math.round(d * 10) / 10.0;
  }

  private ProsecutionCase caseOf(ResultSet rs, long siteId) throws SQLException {
    long id = rs.getLong("id");
    String forum = rs.getString("forum");
    ForumDecision decision =
        forum == null
            ? null
            : new ForumDecision(
                Forum.parse(forum).orElseThrow(),
                rs.getString("forum_reasons"),
                rs.getLong("forum_decided_by"),
                rs.getString("decided_by"),
                rs.getObject("forum_decided_on", LocalDate.class));
    LocalDate sentencedOn = rs.getObject("sentenced_on", LocalDate.class);
    Sentence sentence =
        sentencedOn == null
            ? null
            : new Sentence(
                sentencedOn,
                rs.getInt("custody_months"),
                rs.getInt("supervision_months"),
                rs.getString("supervision_kind"));
    return new ProsecutionCase(
        id,
        rs.getString("case_number"),
        rs.getLong("defendant_id"),
        "",
        rs.getLong("referring_agency_id"),
        rs.getString("agency"),
        rs.getString("referral_number"),
        rs.getLong("jurisdiction_id"),
        rs.getString("city"),
        rs.getObject("referred_on", LocalDate.class),
        rs.getObject("arrested_on", LocalDate.class),
        rs.getBoolean("gun_case"),
        CaseStatus.fromCode(rs.getString("status")),
        rs.getObject("status_on", LocalDate.class),
        decision,
        rs.getObject("federal_adopted_on", LocalDate.class),
        rs.getString("custody_status"),
        sentence,
        incidents(siteId, id),
        charges(siteId, id),
        events(siteId, id),
        rs.getInt("version"));
  }

  private List<Long> incidents(long siteId, long caseId) {
    return jdbc.sql(
            "select incident_id from case_incident where site_id = :site and case_id = :case"
                + " order by incident_id")
        .param("site", siteId)
        .param("case", caseId)
        .query(Long.class)
        .list();
  }

  private List<Charge> charges(long siteId, long caseId) {
    return jdbc.sql(
            """
            select id, forum, statute_code, statute_text, counts, charge_class, filed_on,
                   disposition, disposed_on, version
              from case_charge where site_id = :site and case_id = :case order by id
            """)
        .param("site", siteId)
        .param("case", caseId)
        .query(
            (rs, n) ->
                new Charge(
                    rs.getLong(1),
                    Forum.parse(rs.getString(2)).orElseThrow(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getInt(5),
                    rs.getString(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getString(8),
                    rs.getObject(9, LocalDate.class),
                    rs.getInt(10)))
        .list();
  }

  private List<CourtEvent> events(long siteId, long caseId) {
    return jdbc.sql(
            """
            select id, kind, scheduled_on, court, note from case_event
             where site_id = :site and case_id = :case order by scheduled_on, id
            """)
        .param("site", siteId)
        .param("case", caseId)
        .query(
            (rs, n) ->
                new CourtEvent(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  private static CaseSummary summaryOf(ResultSet rs, int n) throws SQLException {
    String forum = rs.getString("forum");
    return new CaseSummary(
        rs.getLong("id"),
        rs.getString("case_number"),
        rs.getLong("defendant_id"),
        "",
        rs.getString("city"),
        rs.getString("agency"),
        rs.getObject("referred_on", LocalDate.class),
        CaseStatus.fromCode(rs.getString("status")),
        rs.getObject("status_on", LocalDate.class),
        forum == null ? null : Forum.parse(forum).orElseThrow(),
        rs.getObject("next_on", LocalDate.class),
        rs.getString("next_kind"),
        rs.getString("charges"));
  }
}
