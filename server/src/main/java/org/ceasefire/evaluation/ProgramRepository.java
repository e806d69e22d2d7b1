package org.ceasefire.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The program definition's SQL: one program per site, its places in a child table. */
@Repository
class ProgramRepository {

  private final JdbcClient jdbc;

  ProgramRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Row(
      long id, String name, java.time.LocalDate startsOn, String outcome, int version) {}

  private record Place(String kind, long placeId, String part) {}

  Optional<Program> find(long site) {
    Optional<Row> row =
        jdbc.sql(
                """
                select id, name, starts_on, outcome, version
                  from evaluation_program where site_id = :site
                """)
            .param("site", site)
            .query(Row.class)
            .optional();
    return row.map(r -> withPlaces(site, r));
  }

  private Program withPlaces(long site, Row r) {
    List<Place> places =
        jdbc.sql(
                """
                select kind, place_id, part from evaluation_program_place
                 where site_id = :site and program_id = :id order by kind, part, place_id
                """)
            .param("site", site)
            .param("id", r.id())
            .query(Place.class)
            .list();
    return new Program(
        r.id(),
        r.name(),
        r.startsOn(),
        r.outcome(),
        ids(places, "jurisdiction", "target"),
        ids(places, "jurisdiction", "comparison"),
        ids(places, "area", "target"),
        ids(places, "area", "comparison"),
        r.version());
  }

  private static List<Long> ids(List<Place> places, String kind, String part) {
    List<Long> out = new ArrayList<>();
    for (Place p : places) {
      if (p.kind().equals(kind) && p.part().equals(part)) {
        out.add(p.placeId());
      }
    }
    return out;
  }

  long insert(long site, long user, ProgramInput.Checked in) {
    long id =
        jdbc.sql(
                """
                insert into evaluation_program (site_id, name, starts_on, outcome, defined_by)
                values (:site, :name, :start, :outcome, :user) returning id
                """)
            .param("site", site)
            .param("name", in.name())
            .param("start", in.startsOn())
            .param("outcome", in.outcome())
            .param("user", user)
            .query(Long.class)
            .single();
    places(site, id, in);
    return id;
  }

  /** Writes the new definition if {@code version} is still current; false if it is stale. */
  boolean update(long site, long user, Program p, int version) {
    int n =
        jdbc.sql(
                """
                update evaluation_program
                   set name = :name, starts_on = :start, outcome = :outcome,
                       version = version + 1, defined_by = :user, defined_at = now()
                 where site_id = :site and id = :id and version = :version
                """)
            .param("site", site)
            .param("id", p.id())
            .param("name", p.name())
            .param("start", p.startsOn())
            .param("outcome", p.outcome())
            .param("user", user)
            .param("version", version)
            .update();
    if (n == 0) {
      return false;
    }
    jdbc.sql("delete from evaluation_program_place where site_id = :site and program_id = :id")
        .param("site", site)
        .param("id", p.id())
        .update();
    places(
        site,
        p.id(),
        new ProgramInput.Checked(
            p.name(),
            p.startsOn(),
            p.outcome(),
            p.targetCities(),
            p.comparisonCities(),
            p.targetAreas(),
            p.comparisonAreas()));
    return true;
  }

  private void places(long site, long id, ProgramInput.Checked in) {
    insertPlaces(site, id, "jurisdiction", "target", in.targetCities());
    insertPlaces(site, id, "jurisdiction", "comparison", in.comparisonCities());
    insertPlaces(site, id, "area", "target", in.targetAreas());
    insertPlaces(site, id, "area", "comparison", in.comparisonAreas());
  }

  private void insertPlaces(long site, long id, String kind, String part, List<Long> ids) {
    for (Long place : ids) {
      jdbc.sql(
              """
              insert into evaluation_program_place (site_id, program_id, kind, place_id, part)
              values (:site, :id, :kind, :place, :part)
              """)
          .param("site", site)
          .param("id", id)
          .param("kind", kind)
          .param("place", place)
          .param("part", part)
          .update();
    }
  }
}
