package org.ceasefire.incidents;

import java.sql.SQLException;
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
import org.ceasefire.platform.ValidationException.FieldProblem;
import org.ceasefire.platform.Validator;
import org.springframework.stereotype.Component;

/**
 * Firearms recovered in imported incidents, keyed by (source system, source id) like incidents. A
 * row naming an incident not imported yet is rejected.
 */
@Component
class FirearmImporter implements Importer {

  static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.required("source_id", "the firearm's id in the records system"),
          ImportColumn.required("incident_source_id", "the incident's id in the records system"),
          ImportColumn.required("kind", "one of " + FirearmInput.KINDS),
          ImportColumn.optional("make", "manufacturer"),
          ImportColumn.optional("model", "model"),
          ImportColumn.optional("calibre", "calibre, e.g. 9mm"),
          ImportColumn.optional("serial_number", "serial number"));

  private static final ImportKind KIND =
      ImportKind.csv("firearms", "Firearms", Compartment.INVESTIGATIVE, COLUMNS);

  private static final Map<String, String> FIELD_COLUMNS =
      Map.of(
          "kind", "kind",
          "make", "make",
          "model", "model",
          "calibre", "calibre",
          "serialNumber", "serial_number");

  @Override
  public ImportKind describe() {
    return KIND;
  }

  @Override
  public ImportCounts load(ImportJob job) throws SQLException {
    long read = 0;
    try (CsvRows rows = job.file().rows(COLUMNS, job.problems());
        Staging stage =
            Staging.create(
                job,
                "stage_firearm",
                """
                source_id text, incident_source_id text, kind text, make text, model text,
                calibre text, serial_number text
                """,
                "source_id, incident_source_id, kind, make, model, calibre, serial_number")) {
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        read++;
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : List.of("source_id", "incident_source_id")) {
          String value = row.get(key);
          if (value == null || value.length() > 100) {
            problems.add(
                new FieldProblem(row.header(key), "is required (at most 100 characters)", ""));
          }
        }
        FirearmInput input =
            new FirearmInput(
                row.get("kind"),
                row.get("make"),
                row.get("model"),
                row.get("calibre"),
                row.get("serial_number"));
        Validator v = new Validator();
        input.validate(v);
        for (FieldProblem p : v.problems()) {
          problems.add(
              new FieldProblem(
                  row.header(FIELD_COLUMNS.getOrDefault(p.field(), p.field())),
                  p.message(),
                  p.value()));
        }
        if (!problems.isEmpty()) {
          job.problems().reject(row.line(), problems, row.raw());
        } else {
          stage.row(
              row,
              row.get("source_id"),
              row.get("incident_source_id"),
              input.kind(),
              input.make(),
              input.model(),
              input.calibre(),
              input.serialNumber());
        }
        if (read % 10_000 == 0) {
          job.progress("reading", 0.8 * rows.fraction(), read);
        }
      }
      stage.finish();
      job.progress("checking", 0.8, read);
      stage.rejectRepeats("source_id", "source_id", "source_id");
      stage.rejectWhere(
          "not exists (select 1 from incident i where i.site_id = ? and i.source_system = ?"
              + " and i.source_id = s.incident_source_id)",
          "incident_source_id",
          "s.incident_source_id",
          "no incident with this id from " + job.sourceSystem() + " (import the incidents first)",
          job.siteId(),
          job.sourceSystem());
      job.progress("saving", 0.9, read);
      return stage.merge(
          """
          update firearm f
             set incident_id = i.id, kind = s.kind, make = s.make, model = s.model,
                 calibre = s.calibre, serial_number = s.serial_number, version = f.version + 1
            from stage_firearm s
            join incident i on i.source_id = s.incident_source_id,
                 (select ?::bigint as site, ?::text as system) p
           where i.site_id = p.site and i.source_system = p.system
             and f.site_id = p.site and f.source_system = p.system and f.source_id = s.source_id
             and (f.incident_id, f.kind, f.make, f.model, f.calibre, f.serial_number)
                 is distinct from (i.id, s.kind, s.make, s.model, s.calibre, s.serial_number)
          """,
          """
          insert into firearm (site_id, incident_id, source_system, source_id, kind, make, model,
                               calibre, serial_number)
          select i.site_id, i.id, i.source_system, s.source_id, s.kind, s.make, s.model,
                 s.calibre, s.serial_number
            from stage_firearm s
            join incident i on i.source_id = s.incident_source_id,
                 (select ?::bigint as site, ?::text as system) p
           where i.site_id = p.site and i.source_system = p.system
             and not exists (select 1 from firearm f where f.site_id = p.site
                               and f.source_system = p.system and f.source_id = s.source_id)
          """,
          read,
          job.siteId(),
          job.sourceSystem());
    }
  }
}
