package org.ceasefire.incidents;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.Compartment;
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
import org.ceasefire.platform.Validator;
import org.springframework.stereotype.Component;

/**
 * Victims, suspects, arrestees and witnesses of imported incidents, one row per person and role.
 * The incident is named by its id in the same records system; the person by state id, or by first
 * name, last name and date of birth (see {@link ImportedPeople} for how they are matched or made).
 * A row naming an incident not imported yet, or a person matching two, is rejected.
 */
@Component
class ParticipantImporter implements Importer {

  static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.required("incident_source_id", "the incident's id in the records system"),
          ImportColumn.required("role", "one of " + ParticipantInput.ROLES),
          ImportColumn.optional("injury", "one of " + ParticipantInput.INJURIES),
          ImportColumn.optional("state_id", "the person's state identification number"),
          ImportColumn.required("first_name", "the person's first name"),
          ImportColumn.required("last_name", "the person's last name"),
          ImportColumn.optional("date_of_birth", "YYYY-MM-DD; required without state_id"),
          ImportColumn.optional("sex", "female, male, other or unknown"),
          ImportColumn.optional("race_ethnicity", "as on the person form"));

  private static final ImportKind KIND =
      ImportKind.csv(
          "participants",
          "Participants (victims, suspects, arrestees, witnesses)",
          Compartment.INVESTIGATIVE,
          COLUMNS);

  private static final Map<String, String> FIELD_COLUMNS =
      Map.of(
          "firstName", "first_name",
          "lastName", "last_name",
          "dateOfBirth", "date_of_birth",
          "sex", "sex",
          "raceEthnicity", "race_ethnicity",
          "stateId", "state_id",
          "role", "role",
          "injury", "injury");

  private final ImportedPeople people;
  private final java.time.Clock clock;

  ParticipantImporter(ImportedPeople people, java.time.Clock clock) {
    this.people = people;
    this.clock = clock;
  }

  @Override
  public ImportKind describe() {
    return KIND;
  }

  @Override
  public ImportCounts load(ImportJob job) throws SQLException {
    LocalDate today = LocalDate.now(clock);
    long read = 0;
    try (CsvRows rows = job.file().rows(COLUMNS, job.problems());
        Staging stage =
            Staging.create(
                job,
                "stage_participant",
                """
                incident_source_id text, role text, injury text, state_id text, first_name text,
                last_name text, date_of_birth date, sex text, race_ethnicity text,
                person_id bigint
                """,
                "incident_source_id, role, injury, state_id, first_name, last_name,"
                    + " date_of_birth, sex, race_ethnicity")) {
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        read++;
        List<FieldProblem> problems = new ArrayList<>();
        String incident = row.get("incident_source_id");
        if (incident == null || incident.length() > 100) {
          problems.add(
              new FieldProblem(
                  row.header("incident_source_id"), "is required (at most 100 characters)", ""));
        }
        LocalDate born = row.date("date_of_birth", problems);
        String stateId = row.get("state_id");
        String iso = born == null ? null : born.toString();
        PersonInput person =
            new PersonInput(
                row.get("first_name"),
                null,
                row.get("last_name"),
                iso,
                row.get("sex"),
                row.get("race_ethnicity"),
                stateId,
                null,
                null,
                List.of(),
                null);
        Validator v = new Validator();
        new ParticipantInput(0L, row.get("role"), row.get("injury")).validate(v);
        problems.addAll(named(row, v.problems()));
        if (stateId == null && born == null && problems.isEmpty()) {
          problems.add(
              new FieldProblem(
                  row.header("date_of_birth"),
                  "is required when the row has no state_id (name alone is too ambiguous)",
                  ""));
        }
        problems.addAll(named(row, people.problems(person, today)));
        if (!problems.isEmpty()) {
          job.problems().reject(row.line(), problems, row.raw());
        } else {
          stage.row(
              row,
              incident,
              row.get("role"),
              row.get("injury"),
              stateId,
              person.firstName(),
              person.lastName(),
              born,
              row.get("sex"),
              row.get("race_ethnicity"));
        }
        if (read % 10_000 == 0) {
          job.progress("reading", 0.7 * rows.fraction(), read);
        }
      }
      stage.finish();
      job.progress("checking", 0.7, read);
      stage.rejectRepeats(
          "incident_source_id, coalesce(state_id, lower(first_name) || ' ' || lower(last_name)"
              + " || ' ' || date_of_birth), role",
          "role",
          "incident, person and role");
      stage.rejectWhere(
          "not exists (select 1 from incident i where i.site_id = ? and i.source_system = ?"
              + " and i.source_id = s.incident_source_id)",
          "incident_source_id",
          "s.incident_source_id",
          "no incident with this id from " + job.sourceSystem() + " (import the incidents first)",
          job.siteId(),
          job.sourceSystem());
      job.progress("matching people", 0.75, read);
      people.matchOrCreate(job.siteId(), job.user().id(), job.id(), "stage_participant");
      stage.rejectWhere(
          "s.person_id = " + ImportedPeople.AMBIGUOUS,
          "last_name",
          "s.first_name || ' ' || s.last_name || ' ' || s.date_of_birth",
          "matches more than one person by name and date of birth: add state_id",
          new Object[0]);
      job.progress("saving", 0.9, read);
      return stage.merge(
          """
          update participant pa set injury = s.injury
            from stage_participant s
            join incident i on i.source_id = s.incident_source_id,
                 (select ?::bigint as site, ?::text as system) p
           where i.site_id = p.site and i.source_system = p.system
             and pa.site_id = p.site and pa.incident_id = i.id and pa.person_id = s.person_id
             and pa.role = s.role and pa.injury is distinct from s.injury
          """,
          """
          insert into participant (site_id, incident_id, person_id, role, injury)
          select i.site_id, i.id, s.person_id, s.role, s.injury
            from stage_participant s
            join incident i on i.source_id = s.incident_source_id,
                 (select ?::bigint as site, ?::text as system) p
           where i.site_id = p.site and i.source_system = p.system
             and not exists (select 1 from participant pa where pa.site_id = p.site
                               and pa.incident_id = i.id and pa.person_id = s.person_id
                               and pa.role = s.role)
          """,
          read,
          job.siteId(),
          job.sourceSystem());
    }
  }

  private static List<FieldProblem> named(CsvRow row, List<FieldProblem> problems) {
    List<FieldProblem> named = new ArrayList<>();
    for (FieldProblem p : problems) {
      String column = FIELD_COLUMNS.get(p.field());
      if (column != null) {
        named.add(new FieldProblem(row.header(column), p.message(), p.value()));
      }
    }
    return named;
  }
}
