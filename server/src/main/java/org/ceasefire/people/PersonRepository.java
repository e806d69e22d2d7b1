package org.ceasefire.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ceasefire.platform.IdList;
import org.ceasefire.platform.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for persons and their aliases. */
@Repository
class PersonRepository {

  private final JdbcClient jdbc;

  PersonRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  PageOf<PersonSummary> search(
      long siteId, @Nullable String text, @Nullable String supervision, int page, int size) {
    String q = text == null ? "" : text.trim();
    String like = "%" + q.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%") + "%";
    String s = supervision == null ? "" : supervision;
    // with text, the matches found once with the names they are ordered by (V115): the page and
    // the count (up to the cap) from the same statement; without, the page straight from the name
    // order and the count apart
    String where =
        """
         where p.site_id = :site
           and (:supervision = '' or p.supervision_status = :supervision)
        """;
    String found =
        """
        with found as materialized (
          select m.id, m.last, m.first from ceasefire_person_text_found(:site, :like) m
           where :supervision = '' or m.supervision_status = :supervision
          union
          select p.id, lower(p.last_name), lower(p.first_name) from person p
        """
            + where
            + """
             and p.state_id = :q
        )
        """;
    String shown =
        q.isEmpty()
            ? "with shown as (select p.id from person p "
                + where
                + " order by lower(p.last_name), lower(p.first_name), p.id"
                + " limit :limit offset :offset)\n"
            : found
                + ", shown as (select id from found order by last, first, id"
                + " limit :limit offset :offset)\n";
    String countedColumn =
        q.isEmpty() ? "-1" : "(select count(*) from (select 1 from found limit :cap) c)";
    long[] counted = {-1};
    List<PersonSummary> items =
        jdbc.sql(
                shown
                    + """
                    select p.id, p.first_name || ' ' || p.last_name as name, p.date_of_birth,
                           p.state_id, p.supervision_status,
                           (select string_agg(a.alias, ', ' order by a.alias) from person_alias a
                             where a.site_id = p.site_id and a.person_id = p.id) as aliases,
                    """
                    + countedColumn
                    + """
                     as counted
                      from shown join person p on p.site_id = :site and p.id = shown.id
                     order by lower(p.last_name), lower(p.first_name), p.id
                    """)
            .param("site", siteId)
            .param("supervision", s)
            .param("q", q)
            .param("like", like)
            .param("limit", size)
            .param("offset", (long) page * size)
            .param("cap", PageOf.COUNT_LIMIT + 1)
            .query(
                (rs, n) -> {
                  counted[0] = rs.getLong("counted");
                  return new PersonSummary(
                      rs.getLong("id"),
                      rs.getString("name"),
                      rs.getObject("date_of_birth", LocalDate.class),
                      rs.getString("state_id"),
                      rs.getString("supervision_status"),
                      rs.getString("aliases"));
                })
            .list();
    return PageOf.counted(
        items,
        page,
        size,
        counted[0],
        () ->
            jdbc.sql(
                    (q.isEmpty() ? "with found as (select 1 from person p " + where + ") " : found)
                        + "select count(*) from (select 1 from found limit :cap) c")
                .param("cap", PageOf.COUNT_LIMIT + 1)
                .param("site", siteId)
                .param("supervision", s)
                .param("q", q)
                .param("like", like)
                .query(Long.class)
                .single());
  }

  Optional<Person> find(long siteId, long id) {
    List<String> aliases =
        jdbc.sql(
                "select alias from person_alias where site_id = :site and person_id = :id"
                    + " order by alias")
            .param("site", siteId)
            .param("id", id)
            .query(String.class)
            .list();
    return jdbc.sql("select * from person where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> person(rs, aliases))
        .optional();
  }

  long insert(long siteId, PersonInput.Checked p) {
    long id =
        jdbc.sql(
                """
                insert into person (site_id, first_name, middle_name, last_name, date_of_birth, sex,
                                    race_ethnicity, state_id, supervision_status, supervision_until)
                values (:site, :first, :middle, :last, :dob, :sex, :race, :stateId, :supervision,
                        :until)
                returning id
                """)
            .params(params(siteId, p))
            .query(Long.class)
            .single();
    insertAliases(siteId, id, p.aliases());
    return id;
  }

  /** Updates when {@code version} is current; returns whether a row was changed. */
  boolean update(long siteId, long id, int version, PersonInput.Checked p) {
    int rows =
        jdbc.sql(
                """
                update person set first_name = :first, middle_name = :middle, last_name = :last,
                       date_of_birth = :dob, sex = :sex, race_ethnicity = :race, state_id = :stateId,
                       supervision_status = :supervision, supervision_until = :until,
                       version = version + 1, updated_at = now()
                 where site_id = :site and id = :id and version = :version
                """)
            .params(params(siteId, p))
            .param("id", id)
            .param("version", version)
            .update();
    if (rows == 1) {
      jdbc.sql("delete from person_alias where site_id = :site and person_id = :id")
          .param("site", siteId)
          .param("id", id)
          .update();
      insertAliases(siteId, id, p.aliases());
    }
    return rows == 1;
  }

  Optional<Integer> version(long siteId, long id) {
    return jdbc.sql("select version from person where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", id)
        .query(Integer.class)
        .optional();
  }

  Map<Long, String> names(long siteId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    IdList people = IdList.of("id", "ids", ids);
    return jdbc
        .sql(
            "select id, first_name || ' ' || last_name as name from person"
                + " where site_id = :site and "
                + people.condition())
        .param("site", siteId)
        .param("ids", people.value())
        .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  long count(long siteId) {
    return jdbc.sql("select count(*) from person where site_id = :site")
        .param("site", siteId)
        .query(Long.class)
        .single();
  }

  private void insertAliases(long siteId, long personId, List<String> aliases) {
    for (String alias : aliases) {
      jdbc.sql(
              "insert into person_alias (site_id, person_id, alias) values (:site, :person, :alias)")
          .param("site", siteId)
          .param("person", personId)
          .param("alias", alias)
          .update();
    }
  }

  private static Map<String, @Nullable Object> params(long siteId, PersonInput.Checked p) {
    java.util.HashMap<String, @Nullable Object> m = new java.util.HashMap<>();
    m.put("site", siteId);
    m.put("first", p.firstName());
    m.put("middle", p.middleName());
    m.put("last", p.lastName());
    m.put("dob", p.dateOfBirth());
    m.put("sex", p.sex());
    m.put("race", p.raceEthnicity());
    m.put("stateId", p.stateId());
    m.put("supervision", p.supervisionStatus());
    m.put("until", p.supervisionUntil());
    return m;
  }

  private static Person person(ResultSet rs, List<String> aliases) throws SQLException {
    return new Person(
        rs.getLong("id"),
        rs.getString("first_name"),
        rs.getString("middle_name"),
        rs.getString("last_name"),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getString("sex"),
        rs.getString("race_ethnicity"),
        rs.getString("state_id"),
        rs.getString("supervision_status"),
        rs.getObject("supervision_until", LocalDate.class),
        aliases,
        rs.getInt("version"));
  }
}
