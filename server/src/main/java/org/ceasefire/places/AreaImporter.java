package org.ceasefire.places;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ceasefire.access.Compartment;
import org.ceasefire.imports.ColumnMapping;
import org.ceasefire.imports.ImportColumn;
import org.ceasefire.imports.ImportCounts;
import org.ceasefire.imports.ImportFileException;
import org.ceasefire.imports.ImportJob;
import org.ceasefire.imports.ImportKind;
import org.ceasefire.imports.Importer;
import org.ceasefire.imports.Staging;
import org.ceasefire.platform.ValidationException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Beats, districts and neighbourhoods from a GeoJSON FeatureCollection (WGS84): each feature a
 * Polygon or MultiPolygon whose properties give its name, city and kind (mapped like CSV columns).
 * Problems name the feature by its number in the file. An area is matched by city, kind and name:
 * re-importing moves its boundary; then every located incident of those cities is assigned again.
 */
@Component
class AreaImporter implements Importer {

  static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.required("name", "the area's name, e.g. Beat 12"),
          ImportColumn.required("city", "the city (jurisdiction) it belongs to, by name"),
          ImportColumn.required("kind", "beat, district or neighbourhood"),
          ImportColumn.optional("population", "residents, for rates"));

  private static final ImportKind KIND =
      new ImportKind(
          "areas",
          "Areas (GeoJSON boundaries)",
          List.of(".geojson", ".json"),
          Compartment.INVESTIGATIVE,
          COLUMNS,
          false);
  private static final List<String> KINDS = List.of("beat", "district", "neighbourhood");

  private final Places places;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;

  AreaImporter(Places places, JsonMapper json, ApplicationEventPublisher events) {
    this.places = places;
    this.json = json;
    this.events = events;
  }

  @Override
  public ImportKind describe() {
    return KIND;
  }

  @Override
  public ImportCounts load(ImportJob job) throws SQLException {
    JsonNode features = features(job);
    Map<String, Long> cities = new HashMap<>();
    places.jurisdictions(job.siteId()).forEach(j -> cities.put(fold(j.name()), j.id()));
    ColumnMapping mapping = job.file().mapping();
    GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
    Set<Long> touched = new HashSet<>();
    long read = 0;
    try (Staging stage =
        Staging.create(
            job,
            "stage_area",
            "jurisdiction_id bigint, kind text, name text, geometry text, population integer",
            "jurisdiction_id, kind, name, geometry, population")) {
      for (JsonNode feature : features) {
        read++;
        List<FieldProblem> problems = new ArrayList<>();
        String name = property(feature, mapping, "name");
        String city = property(feature, mapping, "city");
        String kind = property(feature, mapping, "kind");
        Long cityId = city == null ? null : cities.get(fold(city));
        check(
            problems,
            name != null && name.length() <= 200,
            mapping,
            "name",
            "is required (at most 200 characters)",
            name);
        check(
            problems,
            city == null || cityId != null,
            mapping,
            "city",
            "no such city in this partnership",
            city);
        check(problems, city != null, mapping, "city", "is required", "");
        String k = kind == null ? null : fold(kind).replace("neighborhood", "neighbourhood");
        check(
            problems,
            k != null && KINDS.contains(k),
            mapping,
            "kind",
            "must be one of " + KINDS,
            kind);
        Integer population = population(feature, mapping, problems);
        String geometry = geometry(feature.get("geometry"), reader, problems);
        if (problems.isEmpty()) {
          stage.row(read, cut(feature.toString()), cityId, k, name.strip(), geometry, population);
          touched.add(cityId);
        } else {
          job.problems().reject(read, problems, cut(feature.toString()));
        }
        job.progress("reading", 0.8 * read / Math.max(1, features.size()), read);
      }
      stage.finish();
      stage.rejectRepeats("jurisdiction_id, kind, name", "name", "city, kind and name");
      job.progress("saving", 0.85, read);
      ImportCounts counts =
          stage.merge(
              """
              update area a set geometry = cast(s.geometry as jsonb), population = s.population
                from stage_area s, (select ?::bigint as site) p
               where a.site_id = p.site and a.jurisdiction_id = s.jurisdiction_id
                 and a.kind = s.kind and a.name = s.name
                 and (a.geometry, a.population)
                     is distinct from (cast(s.geometry as jsonb), s.population)
              """,
              """
              insert into area (site_id, jurisdiction_id, kind, name, geometry, population)
              select p.site, jurisdiction_id, kind, name, cast(geometry as jsonb), population
                from stage_area s, (select ?::bigint as site) p
               where not exists (select 1 from area a where a.site_id = p.site
                                   and a.jurisdiction_id = s.jurisdiction_id and a.kind = s.kind
                                   and a.name = s.name)
              """,
              read,
              job.siteId());
      job.progress("assigning incidents to areas", 0.9, read);
      if (counts.inserted() + counts.updated() > 0) {
        events.publishEvent(new AreasChanged(job.siteId(), touched));
      }
      return counts;
    }
  }

  private JsonNode features(ImportJob job) {
    JsonNode root;
    try (InputStream in = job.file().open()) {
      root = json.readTree(in);
    } catch (IOException | RuntimeException e) {
      throw new ImportFileException(
          job.file().name() + ": not readable as GeoJSON: " + e.getMessage());
    }
    if (root == null
        || !"FeatureCollection".equals(root.path("type").asString(""))
        || !root.path("features").isArray()) {
      throw new ImportFileException(
          job.file().name() + ": expected a GeoJSON FeatureCollection with a features array");
    }
    return root.get("features");
  }

  private static @Nullable String property(JsonNode feature, ColumnMapping mapping, String column) {
    JsonNode value = feature.path("properties").get(mapping.header(column));
    String raw =
        value == null || value.isNull()
            ? null
            : value.isString() ? value.asString() : value.toString();
    return mapping.value(column, raw);
  }

  private static @Nullable Integer population(
      JsonNode feature, ColumnMapping mapping, List<FieldProblem> problems) {
    String text = property(feature, mapping, "population");
    if (text == null) {
      return null;
    }
    try {
      int n = (int) Double.parseDouble(text);
      check(
          problems,
          n >= 0 && n == Double.parseDouble(text),
          mapping,
          "population",
          "must be a whole number, 0 or more",
          text);
      return n;
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(mapping.header("population"), "is not a number", text));
      return null;
    }
  }

  private static @Nullable String geometry(
      @Nullable JsonNode node, GeoJsonReader reader, List<FieldProblem> problems) {
    String type = node == null ? "" : node.path("type").asString("");
    if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
      problems.add(new FieldProblem("geometry", "must be a Polygon or MultiPolygon", type));
      return null;
    }
    try {
      Geometry g = reader.read(node.toString());
      var envelope = g.getEnvelopeInternal();
      if (envelope.getMinX() < -180
          || envelope.getMaxX() > 180
          || envelope.getMinY() < -90
          || envelope.getMaxY() > 90) {
        problems.add(
            new FieldProblem("geometry", "coordinates must be WGS84 longitude, latitude", type));
        return null;
      }
      IsValidOp valid = new IsValidOp(g);
      if (!valid.isValid()) {
        problems.add(
            new FieldProblem(
                "geometry",
                "is not a valid polygon: " + valid.getValidationError().getMessage(),
                type));
        return null;
      }
      return node.toString();
    } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
      problems.add(new FieldProblem("geometry", "cannot be read: " + e.getMessage(), type));
      return null;
    }
  }

  private static void check(
      List<FieldProblem> problems,
      boolean ok,
      ColumnMapping mapping,
      String column,
      String message,
      @Nullable String value) {
    if (!ok) {
      problems.add(new FieldProblem(mapping.header(column), message, value == null ? "" : value));
    }
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static String cut(String s) {
    return s.length() <= 10_000 ? s : s.substring(0, 10_000);
  }
}
