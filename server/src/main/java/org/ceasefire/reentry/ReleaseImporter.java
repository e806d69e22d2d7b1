package org.ceasefire.reentry;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Sites;
import org.ceasefire.imports.CsvRow;
import org.ceasefire.imports.CsvRows;
import org.ceasefire.imports.ImportColumn;
import org.ceasefire.imports.ImportCounts;
import org.ceasefire.imports.ImportJob;
import org.ceasefire.imports.ImportKind;
import org.ceasefire.imports.Importer;
import org.ceasefire.imports.Staging;
import org.ceasefire.people.ImportedPeople;
import org.ceasefire.people.PersonInput;
import org.ceasefire.platform.ValidationException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Releases from a department of correction's export, keyed by (source system, source id): the
 * person (matched or made as participants are), the facility, the expected and actual dates, and
 * the supervision after release. A corrected file updates a release in place.
 */
@Component
class ReleaseImporter implements Importer {

  static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.required("source_id", "the release's id in the exporting system"),
          ImportColumn.required("first_name", "the person's first name"),
          ImportColumn.required("last_name", "the person's last name"),
          ImportColumn.optional("state_id", "the person's state identification"),
          ImportColumn.optional("date_of_birth", "YYYY-MM-DD; required without state_id"),
          ImportColumn.required("facility", "where the person is held"),
          ImportColumn.required("expected_on", "the expected release date, YYYY-MM-DD"),
          ImportColumn.optional("released_on", "the actual release date, if released"),
          ImportColumn.optional("supervision_kind", "one of " + Release.SUPERVISION),
          ImportColumn.optional("supervising_agency", "the supervising agency, by name"));

  private static final ImportKind KIND =
      ImportKind.csv("releases", "Releases from custody", Compartment.SUPERVISION, COLUMNS);

  private static final Map<String, String> FIELD_COLUMNS =
      Map.of(
          "firstName", "first_name",
          "lastName", "last_name",
          "dateOfBirth", "date_of_birth",
          "stateId", "state_id");

  private final Sites sites;
  private final ImportedPeople people;
  private final java.time.Clock clock;

  ReleaseImporter(Sites sites, ImportedPeople people, java.time.Clock clock) {
    this.sites = sites;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public ImportKind describe() {
    return KIND;
  }

  @Override
  public ImportCounts load(ImportJob job) throws SQLException {
    Map<String, Long> agencies = new HashMap<>();
    sites.agencies(job.siteId()).forEach(a -> agencies.put(fold(a.name()), a.id()));
    LocalDate today = LocalDate.now(clock);
    long read = 0;
    try (CsvRows rows = job.file().rows(COLUMNS, job.problems());
        Staging stage =
            Staging.create(
                job,
                "stage_release",
                """
                source_id text, state_id text, first_name text, last_name text, date_of_birth date,
                sex text, race_ethnicity text, facility text, expected_on date, released_on date,
                supervision_kind text, agency_id bigint, person_id bigint
                """,
                "source_id, state_id, first_name, last_name, date_of_birth, facility, expected_on,"
                    + " released_on, supervision_kind, agency_id")) {
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        read++;
        List<FieldProblem> problems = new ArrayList<>();
        String sourceId = row.get("source_id");
        if (sourceId == null || sourceId.length() > 100) {
          problems.add(
              new FieldProblem(
                  row.header("source_id"), "is required (at most 100 characters)", ""));
        }
        LocalDate born = row.date("date_of_birth", problems);
        LocalDate expected = row.date("expected_on", problems);
        LocalDate released = row.date("released_on", problems);
        String facility = row.get("facility");
        if (facility == null || facility.length() > 200) {
          problems.add(
              new FieldProblem(row.header("facility"), "is required (at most 200 characters)", ""));
        }
        String expectedHeader = row.header("expected_on");
        if (expected == null
            && problems.stream().noneMatch(p -> p.field().equals(expectedHeader))) {
          problems.add(new FieldProblem(row.header("expected_on"), "is required", ""));
        }
        if (released != null && released.isAfter(today)) {
          problems.add(
              new FieldProblem(
                  row.header("released_on"), "must not be in the future", released.toString()));
        }
        String kind = row.get("supervision_kind") == null ? "none" : row.get("supervision_kind");
        if (!Release.SUPERVISION.contains(kind)) {
          problems.add(
              new FieldProblem(
                  row.header("supervision_kind"), "must be one of " + Release.SUPERVISION, kind));
        }
        String agencyName = row.get("supervising_agency");
        Long agency = agencyName == null ? null : agencies.get(fold(agencyName));
        if (agencyName != null && agency == null) {
          problems.add(
              new FieldProblem(
                  row.header("supervising_agency"),
                  "no such agency in this partnership",
                  agencyName));
        }
        String stateId = row.get("state_id");
        PersonInput person =
            new PersonInput(
                row.get("first_name"),
                null,
                row.get("last_name"),
                born == null ? null : born.toString(),
                null,
                null,
                stateId,
                null,
                null,
                List.of(),
                null);
        for (FieldProblem p : people.problems(person, today)) {
          String column = FIELD_COLUMNS.get(p.field());
          if (column != null) {
            problems.add(new FieldProblem(row.header(column), p.message(), p.value()));
          }
        }
        if (stateId == null && born == null && problems.isEmpty()) {
          problems.add(
              new FieldProblem(row.header("date_of_birth"), "is required without state_id", ""));
        }
        if (!problems.isEmpty()) {
          job.problems().reject(row.line(), problems, row.raw());
        } else {
          stage.row(
              row,
              sourceId,
              stateId,
              person.firstName().strip(),
              person.lastName().strip(),
              born,
              facility,
              expected,
              released,
              kind,
              agency);
        }
        if (read % 10_000 == 0) {
          job.progress("reading", 0.7 * rows.fraction(), read);
        }
      }
      stage.finish();
      job.progress("checking", 0.7, read);
      stage.rejectRepeats("source_id", "source_id", "source_id");
      people.matchOrCreate(job.siteId(), job.user().id(), job.id(), "stage_release");
      stage.rejectWhere(
          "s.person_id = " + ImportedPeople.AMBIGUOUS,
          "last_name",
          "s.first_name || ' ' || s.last_name || ' ' || s.date_of_birth",
          "matches more than one person by name and date of birth: add state_id",
          new Object[0]);
      job.progress("saving", 0.9, read);
      return stage.merge(
          """
          update custody_release c
             set person_id = s.person_id, facility = s.facility, expected_on = s.expected_on,
                 released_on = s.released_on,
                 status = case when s.released_on is null then c.status else 'released' end,
                 supervision_kind = s.supervision_kind, supervising_agency_id = s.agency_id,
                 version = c.version + 1, updated_at = now()
            from stage_release s, (select ?::bigint as site, ?::text as system, ?::bigint as by_user) p
           where c.site_id = p.site and c.source_system = p.system and c.source_id = s.source_id
             and (c.person_id, c.facility, c.expected_on, c.released_on, c.supervision_kind,
                  c.supervising_agency_id)
                 is distinct from
                 (s.person_id, s.facility, s.expected_on, s.released_on, s.supervision_kind,
                  s.agency_id)
          """,
          """
          insert into custody_release (site_id, person_id, facility, expected_on, released_on,
                                       status, supervision_kind, supervising_agency_id,
                                       source_system, source_id, recorded_by)
          select p.site, s.person_id, s.facility, s.expected_on, s.released_on,
                 case when s.released_on is null then 'expected' else 'released' end,
                 s.supervision_kind, s.agency_id, p.system, s.source_id, p.by_user
            from stage_release s, (select ?::bigint as site, ?::text as system, ?::bigint as by_user) p
           where not exists (select 1 from custody_release c where c.site_id = p.site
                               and c.source_system = p.system and c.source_id = s.source_id)
          """,
          read,
          job.siteId(),
          job.sourceSystem(),
          job.user().id());
    }
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
