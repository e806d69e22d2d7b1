package org.ceasefire.cases;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.ceasefire.places.Places;
import org.ceasefire.platform.ValidationException.FieldProblem;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Case referrals from a prosecutor's or a police department's case system, keyed by (source system,
 * source id): the defendant (matched or made as for participants, see {@link ImportedPeople}), the
 * referring agency and city by name, the dates, custody, and the incidents the case came from. New
 * cases start as referred (a dated transition, so the referring agency's inbox shows them);
 * re-importing updates a case's particulars. The pipeline itself (screening, forum, charges,
 * disposition) moves only by its named steps on the page or the API, so every move is checked
 * against the case's state.
 */
@Component
class CaseImporter implements Importer {

  static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.required("source_id", "the case's id in the case system"),
          ImportColumn.required("case_number", "the docket or case number"),
          ImportColumn.required("referring_agency", "the referring agency, by name"),
          ImportColumn.required("city", "the city (jurisdiction), by name"),
          ImportColumn.required("referred_on", "YYYY-MM-DD (or format.referred_on)"),
          ImportColumn.required("defendant_first_name", "the defendant's first name"),
          ImportColumn.required("defendant_last_name", "the defendant's last name"),
          ImportColumn.optional("defendant_state_id", "the defendant's state identification"),
          ImportColumn.optional("defendant_date_of_birth", "YYYY-MM-DD; required without state id"),
          ImportColumn.optional("referral_number", "the referring agency's own report number"),
          ImportColumn.optional("arrested_on", "YYYY-MM-DD, not after the referral"),
          ImportColumn.optional("gun_case", "yes or no (default yes)"),
          ImportColumn.optional("custody_status", "one of " + ProsecutionCase.CUSTODY),
          ImportColumn.optional(
              "incident_source_ids", "the originating incidents' ids, separated by ';'"),
          ImportColumn.optional(
              "incident_source_system",
              "the records system of those ids (default: this import's)"));

  private static final ImportKind KIND =
      ImportKind.csv("cases", "Prosecution cases (referrals)", Compartment.PROSECUTION, COLUMNS);

  private static final Map<String, String> FIELD_COLUMNS =
      Map.ofEntries(
          Map.entry("caseNumber", "case_number"),
          Map.entry("referralNumber", "referral_number"),
          Map.entry("referredOn", "referred_on"),
          Map.entry("arrestedOn", "arrested_on"),
          Map.entry("custodyStatus", "custody_status"),
          Map.entry("firstName", "defendant_first_name"),
          Map.entry("lastName", "defendant_last_name"),
          Map.entry("dateOfBirth", "defendant_date_of_birth"),
          Map.entry("stateId", "defendant_state_id"));

  private final Sites sites;
  private final Places places;
  private final ImportedPeople people;
  private final Cases cases;

  CaseImporter(Sites sites, Places places, ImportedPeople people, Cases cases) {
    this.sites = sites;
    this.places = places;
    this.people = people;
    this.cases = cases;
  }

  /** The names the rows refer to, and today. */
  private record Lookups(Map<String, Long> agencies, Map<String, Long> cities, LocalDate today) {}

  @Override
  public ImportKind describe() {
    return KIND;
  }

  @Override
  public ImportCounts load(ImportJob job) throws SQLException {
    Map<String, Long> agencies = new HashMap<>();
    sites.agencies(job.siteId()).forEach(a -> agencies.put(fold(a.name()), a.id()));
    Map<String, Long> cities = new HashMap<>();
    places.jurisdictions(job.siteId()).forEach(j -> cities.put(fold(j.name()), j.id()));
    Lookups lookups = new Lookups(agencies, cities, cases.today(job.siteId()));
    long read = 0;
    try (CsvRows rows = job.file().rows(COLUMNS, job.problems());
        Staging stage =
            Staging.create(
                job,
                "stage_case",
                """
                source_id text, case_number text, agency_id bigint, referral_number text,
                jurisdiction_id bigint, referred_on date, arrested_on date, gun_case boolean,
                custody_status text, state_id text, first_name text, last_name text,
                date_of_birth date, sex text, race_ethnicity text, incident_system text,
                incident_ids text[], person_id bigint
                """,
                "source_id, case_number, agency_id, referral_number, jurisdiction_id,"
                    + " referred_on, arrested_on, gun_case, custody_status, state_id, first_name,"
                    + " last_name, date_of_birth, incident_system, incident_ids")) {
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        read++;
        stageRow(job, lookups, row, stage);
        if (read % 10_000 == 0) {
          job.progress("reading", 0.7 * rows.fraction(), read);
        }
      }
      stage.finish();
      job.progress("checking", 0.7, read);
      checkInDatabase(job, stage);
      job.progress("matching defendants", 0.8, read);
      people.matchOrCreate(job.siteId(), job.user().id(), job.id(), "stage_case");
      stage.rejectWhere(
          "s.person_id = " + ImportedPeople.AMBIGUOUS,
          "defendant_last_name",
          "s.first_name || ' ' || s.last_name || ' ' || s.date_of_birth",
          "matches more than one person by name and date of birth: add defendant_state_id",
          new Object[0]);
      job.progress("saving", 0.9, read);
      return CaseImportSql.save(job, stage, read);
    }
  }

  private void stageRow(ImportJob job, Lookups site, CsvRow row, Staging stage) {
    List<FieldProblem> problems = new ArrayList<>();
    String sourceId = row.get("source_id");
    if (sourceId == null || sourceId.length() > 100) {
      problems.add(
          new FieldProblem(row.header("source_id"), "is required (at most 100 characters)", ""));
    }
    Long agency =
        lookUp(
            row,
            "referring_agency",
            site.agencies(),
            "no such agency in this partnership",
            problems);
    Long city = lookUp(row, "city", site.cities(), "no such city in this partnership", problems);
    String referred = iso(row.date("referred_on", problems));
    String arrested = iso(row.date("arrested_on", problems));
    String born = iso(row.date("defendant_date_of_birth", problems));
    Boolean gun = yesNo(row, problems);
    CaseInput input =
        new CaseInput(
            row.get("case_number"),
            0L,
            agency == null ? 0L : agency,
            row.get("referral_number"),
            city == null ? 0L : city,
            referred,
            arrested,
            gun,
            row.get("custody_status"),
            List.of(),
            null);
    Validator v = new Validator();
    CaseInput.Checked checked = input.check(v, site.today());
    named(row, v.problems(), problems);
    String stateId = row.get("defendant_state_id");
    PersonInput person =
        new PersonInput(
            row.get("defendant_first_name"),
            null,
            row.get("defendant_last_name"),
            born,
            null,
            null,
            stateId,
            null,
            null,
            List.of(),
            null);
    named(row, people.problems(person, site.today()), problems);
    if (stateId == null && born == null && problems.isEmpty()) {
      problems.add(
          new FieldProblem(
              row.header("defendant_date_of_birth"),
              "is required without defendant_state_id (a name alone is too ambiguous)",
              ""));
    }
    if (!problems.isEmpty() || checked == null) {
      job.problems().reject(row.line(), problems, row.raw());
      return;
    }
    String ids = row.get("incident_source_ids");
    String system = row.get("incident_source_system");
    stage.row(
        row,
        sourceId,
        checked.caseNumber(),
        agency,
        checked.referralNumber(),
        city,
        checked.referredOn(),
        checked.arrestedOn(),
        checked.gunCase(),
        checked.custodyStatus(),
        stateId,
        person.firstName().strip(),
        person.lastName().strip(),
        born == null ? null : LocalDate.parse(born),
        system == null ? job.sourceSystem() : system,
        ids == null
            ? List.of()
            : Arrays.stream(ids.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  /** Checks that need the database: repeats, a case number taken, incidents not imported. */
  private static void checkInDatabase(ImportJob job, Staging stage) throws SQLException {
    stage.rejectRepeats("source_id", "source_id", "source_id");
    stage.rejectRepeats("case_number", "case_number", "case_number");
    stage.rejectWhere(
        "exists (select 1 from prosecution_case c where c.site_id = ?"
            + " and c.case_number = s.case_number"
            + " and not (c.source_system = ? and c.source_id = s.source_id))",
        "case_number",
        "s.case_number",
        "another case has this number",
        job.siteId(),
        job.sourceSystem());
    stage.rejectWhere(
        "exists (select 1 from unnest(s.incident_ids) as x(id) where not exists ("
            + "select 1 from incident i where i.site_id = ? and i.source_system = s.incident_system"
            + " and i.source_id = x.id))",
        "incident_source_ids",
        "array_to_string(s.incident_ids, ';')",
        "names an incident not imported from that records system",
        job.siteId());
  }

  private static @Nullable Long lookUp(
      CsvRow row,
      String column,
      Map<String, Long> byName,
      String message,
      List<FieldProblem> problems) {
    String name = row.get(column);
    if (name == null) {
      problems.add(new FieldProblem(row.header(column), "is required", ""));
      return null;
    }
    Long id = byName.get(fold(name));
    if (id == null) {
      problems.add(new FieldProblem(row.header(column), message, name));
    }
    return id;
  }

  private static @Nullable String iso(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static @Nullable Boolean yesNo(CsvRow row, List<FieldProblem> problems) {
    String text = row.get("gun_case");
    if (text == null) {
      return null;
    }
    switch (fold(text)) {
      case "yes", "y", "true", "1" -> {
        return true;
      }
      case "no", "n", "false", "0" -> {
        return false;
      }
      default -> {
        problems.add(new FieldProblem(row.header("gun_case"), "must be yes or no", text));
        return null;
      }
    }
  }

  private static void named(CsvRow row, List<FieldProblem> found, List<FieldProblem> into) {
    for (FieldProblem p : found) {
      String column = FIELD_COLUMNS.get(p.field());
      if (column != null) {
        into.add(new FieldProblem(row.header(column), p.message(), p.value()));
      }
    }
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
