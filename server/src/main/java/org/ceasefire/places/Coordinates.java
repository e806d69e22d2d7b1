package org.ceasefire.places;

import java.util.ArrayList;
import java.util.List;
import org.ceasefire.imports.CsvRow;
import org.ceasefire.platform.ValidationException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Longitude and latitude read from an imported row's {@code lon} and {@code lat} columns: both or
 * neither, each a number in range. Problems name the file's own headers.
 */
public record Coordinates(@Nullable Double lon, @Nullable Double lat, List<FieldProblem> problems) {

  public static Coordinates read(CsvRow row) {
    List<FieldProblem> problems = new ArrayList<>();
    Double lon = number(row, "lon", 180, problems);
    Double lat = number(row, "lat", 90, problems);
    if (problems.isEmpty() && (lon == null) != (lat == null)) {
      problems.add(
          new FieldProblem(
              row.header(lon == null ? "lon" : "lat"), "give both longitude and latitude", ""));
    }
    return new Coordinates(lon, lat, problems);
  }

  /** Neither given. */
  public boolean missing() {
    return lon == null || lat == null;
  }

  private static @Nullable Double number(
      CsvRow row, String column, double limit, List<FieldProblem> problems) {
    String text = row.get(column);
    if (text == null) {
      return null;
    }
    try {
      double value = Double.parseDouble(text);
      if (!(value >= -limit && value <= limit)) {
        problems.add(
            new FieldProblem(
                row.header(column), "must be within -" + (int) limit + ".." + (int) limit, text));
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(row.header(column), "is not a number", text));
      return null;
    }
  }
}
