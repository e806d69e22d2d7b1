package org.ceasefire.incidents;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ceasefire.access.Compartment;
import org.ceasefire.imports.CsvRow;
import org.ceasefire.imports.CsvRows;
import org.ceasefire.imports.ImportColumn;
import org.ceasefire.imports.ImportCounts;
import org.ceasefire.imports.ImportJob;
import org.ceasefire.imports.ImportKind;
import org.ceasefire.imports.Importer;
import org.ceasefire.imports.Staging;
import org.ceasefire.places.AddressBook;
import org.ceasefire.places.AreaIndex;
import org.ceasefire.places.Coordinates;
import org.ceasefire.places.Places;
import org.ceasefire.platform.ValidationException.FieldProblem;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Incidents from a records system's CSV export, keyed by (source system, source id): a corrected
 * file updates the incidents it changes and leaves the rest untouched. Each row is checked by the
 * same rules as an incident entered by hand ({@link IncidentInput}); located by its coordinates,
 * else by its address in the site's address table (an address not found is a warning, and the
 * incident is kept without a location); and assigned to its area by point-in-polygon.
 */
@Component
class IncidentImporter implements Importer {

  static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.required("source_id", "the incident's id in the records system"),
          ImportColumn.required("type", "one of " + IncidentInput.TYPES),
          ImportColumn.required(
              "occurred_at", "date and time, ISO (2026-03-01T22:15) or as format.occurred_at says"),
          ImportColumn.required("city", "the city (jurisdiction) by name"),
          ImportColumn.optional("report_number", "the report or case number"),
          ImportColumn.optional("lon", "longitude, WGS84"),
          ImportColumn.optional("lat", "latitude, WGS84"),
          ImportColumn.optional("address", "street address, located in the address table"),
          ImportColumn.optional("narrative", "what happened"));

  private static final ImportKind KIND =
      ImportKind.csv("incidents", "Incidents", Compartment.INVESTIGATIVE, COLUMNS);

  /** Which CSV column each of {@link IncidentInput}'s fields comes from. */
  private static final Map<String, String> FIELD_COLUMNS =
      Map.of(
          "type", "type",
          "occurredAt", "occurred_at",
          "jurisdictionId", "city",
          "lon", "lon",
          "lat", "lat",
          "reportNumber", "report_number",
          "address", "address",
          "narrative", "narrative");

  private final Places places;
  private final Incidents incidents;
  private final java.time.Clock clock;

  IncidentImporter(Places places, Incidents incidents, java.time.Clock clock) {
    this.places = places;
    this.incidents = incidents;
    this.clock = clock;
  }

  /** What the reading pass needs: the site's cities, areas, addresses, zone and clock. */
  private record Site(
      Map<String, Long> cities,
      AreaIndex areas,
      AddressBook addresses,
      ZoneId zone,
      OffsetDateTime now,
      Optional<DateTimeFormatter> format) {}

  @Override
  public ImportKind describe() {
    return KIND;
  }

  @Override
  public ImportCounts load(ImportJob job) throws SQLException {
    Map<String, Long> cities = new HashMap<>();
    places.jurisdictions(job.siteId()).forEach(j -> cities.put(fold(j.name()), j.id()));
    Site site =
        new Site(
            cities,
            places.areaIndex(job.siteId()),
            places.addressBook(job.siteId()),
            incidents.zone(job.siteId()),
            OffsetDateTime.now(clock),
            job.file().mapping().format("occurred_at"));
    long read = 0;
    try (CsvRows rows = job.file().rows(COLUMNS, job.problems());
        Staging stage =
            Staging.create(
                job,
                "stage_incident",
                """
                source_id text, report_number text, type text, occurred_at timestamptz,
                lon double precision, lat double precision, address text, jurisdiction_id bigint,
                area_id bigint, narrative text
                """,
                "source_id, report_number, type, occurred_at, lon, lat, address,"
                    + " jurisdiction_id, area_id, narrative")) {
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        read++;
        stageRow(job, site, row, stage);
        if (read % 10_000 == 0) {
          job.progress("reading", 0.8 * rows.fraction(), read);
        }
      }
      stage.finish();
      job.progress("checking", 0.8, read);
      stage.rejectRepeats("source_id", "source_id", "source_id");
      job.progress("saving", 0.85, read);
      recordHistory(job);
      return stage.merge(
          """
          update incident i
             set report_number = s.report_number, type = s.type, occurred_at = s.occurred_at,
                 lon = s.lon, lat = s.lat, address = s.address,
                 jurisdiction_id = s.jurisdiction_id, area_id = s.area_id,
                 narrative = s.narrative, version = i.version + 1, updated_at = now()
            from stage_incident s, (select ?::bigint as site, ?::text as system) p
           where i.site_id = p.site and i.source_system = p.system and i.source_id = s.source_id
             and (i.report_number, i.type, i.occurred_at, i.lon, i.lat, i.address,
                  i.jurisdiction_id, i.area_id, i.narrative)
                 is distinct from
                 (s.report_number, s.type, s.occurred_at, s.lon, s.lat, s.address,
                  s.jurisdiction_id, s.area_id, s.narrative)
          """,
          """
          insert into incident (site_id, source_system, source_id, report_number, type,
                                occurred_at, lon, lat, address, jurisdiction_id, area_id,
                                narrative)
          select p.site, p.system, source_id, report_number, type, occurred_at, lon, lat,
                 address, jurisdiction_id, area_id, narrative
            from stage_incident s, (select ?::bigint as site, ?::text as system) p
           where not exists (select 1 from incident i
                              where i.site_id = p.site and i.source_system = p.system
                                and i.source_id = s.source_id)
           order by s.occurred_at desc
          """,
          read,
          job.siteId(),
          job.sourceSystem());
    }
  }

  private void stageRow(ImportJob job, Site site, CsvRow row, Staging stage) {
    List<FieldProblem> problems = new ArrayList<>();
    String sourceId = row.get("source_id");
    if (sourceId == null || sourceId.length() > 100) {
      problems.add(
          new FieldProblem(
              row.header("source_id"), "is required (at most 100 characters)", nz(sourceId)));
    }
    Coordinates at = Coordinates.read(row);
    problems.addAll(at.problems());
    String city = row.get("city");
    Long cityId = city == null ? null : site.cities().get(fold(city));
    if (city != null && cityId == null) {
      problems.add(new FieldProblem(row.header("city"), "no such city in this partnership", city));
    }
    OffsetDateTime when = dateTime(row, site, problems);
    Double lon = at.lon();
    Double lat = at.lat();
    String address = row.get("address");
    boolean lookUp = at.problems().isEmpty() && at.missing() && address != null;
    if (lookUp) {
      var found = site.addresses().locate(address);
      if (found.isPresent()) {
        lon = found.get().lon();
        lat = found.get().lat();
      }
    }
    IncidentInput input =
        new IncidentInput(
            row.get("report_number"),
            row.get("type"),
            when == null ? null : when.toString(),
            lon,
            lat,
            address,
            cityId,
            null,
            row.get("narrative"),
            null);
    if (at.problems().isEmpty() && when != null) {
      problems.addAll(validate(input, site, row, city != null && cityId == null));
    }
    if (!problems.isEmpty()) {
      job.problems().reject(row.line(), problems, row.raw());
      return;
    }
    if (lookUp && lon == null) {
      job.problems()
          .warn(
              row.line(),
              row.header("address"),
              address,
              "not in the address table: loaded without a location");
    }
    Long area =
        lon == null || lat == null ? null : site.areas().locate(cityId, lon, lat).orElse(null);
    stage.row(
        row,
        sourceId,
        blank(input.reportNumber()),
        input.type(),
        when,
        lon,
        lat,
        blank(address),
        cityId,
        area,
        blank(input.narrative()));
  }

  /** The hand-entry rules of {@link IncidentInput}, with problems named by the file's headers. */
  private static List<FieldProblem> validate(
      IncidentInput input, Site site, CsvRow row, boolean cityAlreadyReported) {
    Validator v = new Validator();
    input.validate(v, site.zone(), site.now());
    List<FieldProblem> named = new ArrayList<>();
    for (FieldProblem p : v.problems()) {
      String column = FIELD_COLUMNS.getOrDefault(p.field(), p.field());
      if (!(cityAlreadyReported && column.equals("city"))) {
        named.add(new FieldProblem(row.header(column), p.message(), p.value()));
      }
    }
    return named;
  }

  private static @Nullable OffsetDateTime dateTime(
      CsvRow row, Site site, List<FieldProblem> problems) {
    String text = row.get("occurred_at");
    if (text == null) {
      problems.add(new FieldProblem(row.header("occurred_at"), "is required", ""));
      return null;
    }
    DateTimeFormatter format = site.format().orElse(DateTimeFormatter.ISO_DATE_TIME);
    try {
      // parse once and ask for an offset, rather than parseBest, which throws for every row
      // without one
      TemporalAccessor parsed = format.parse(text);
      return parsed.isSupported(ChronoField.OFFSET_SECONDS)
          ? OffsetDateTime.from(parsed)
          : LocalDateTime.from(parsed).atZone(site.zone()).toOffsetDateTime();
    } catch (DateTimeException e) {
      problems.add(
          new FieldProblem(
              row.header("occurred_at"),
              site.format().isPresent()
                  ? "does not match the mapping's format.occurred_at"
                  : "is not a date and time (YYYY-MM-DDTHH:MM, or give format.occurred_at)",
              text));
      return null;
    }
  }

  /** Old and new values of every field an update will change, in record history. */
  private static void recordHistory(ImportJob job) throws SQLException {
    String sql =
        """
        insert into record_history (site_id, record_type, record_id, changed_by, action, changes)
        select i.site_id, 'incident', i.id, ?, 'update', jsonb_strip_nulls(jsonb_build_object(
                 'reportNumber', case when i.report_number is distinct from s.report_number
                                      then jsonb_build_array(i.report_number, s.report_number) end,
                 'type', case when i.type is distinct from s.type
                              then jsonb_build_array(i.type, s.type) end,
                 'occurredAt', case when i.occurred_at is distinct from s.occurred_at
                                    then jsonb_build_array(i.occurred_at, s.occurred_at) end,
                 'lon', case when i.lon is distinct from s.lon then jsonb_build_array(i.lon, s.lon) end,
                 'lat', case when i.lat is distinct from s.lat then jsonb_build_array(i.lat, s.lat) end,
                 'address', case when i.address is distinct from s.address
                                 then jsonb_build_array(i.address, s.address) end,
                 'jurisdictionId', case when i.jurisdiction_id is distinct from s.jurisdiction_id
                                   then jsonb_build_array(i.jurisdiction_id, s.jurisdiction_id) end,
                 'areaId', case when i.area_id is distinct from s.area_id
                                then jsonb_build_array(i.area_id, s.area_id) end,
                 'narrative', case when i.narrative is distinct from s.narrative
                                   then jsonb_build_array(i.narrative, s.narrative) end,
                 'import', jsonb_build_array(null, ?::bigint)))
          from stage_incident s
          join incident i on i.site_id = ? and i.source_system = ? and i.source_id = s.source_id
         where (i.report_number, i.type, i.occurred_at, i.lon, i.lat, i.address,
                i.jurisdiction_id, i.area_id, i.narrative)
               is distinct from
               (s.report_number, s.type, s.occurred_at, s.lon, s.lat, s.address,
                s.jurisdiction_id, s.area_id, s.narrative)
        """;
    try (var s = job.connection().prepareStatement(sql)) {
      s.setLong(1, job.user().id());
      s.setLong(2, job.id());
      s.setLong(3, job.siteId());
      s.setString(4, job.sourceSystem());
      s.executeUpdate();
    }
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
