package org.ceasefire.measures;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the public pages and their JSON show: counts by city and month and by area, each cell as
 * shown after the small-cell rule ({@link Suppression}). No person, no place finer than an area, no
 * group: there is nothing else in these records to leak.
 */
final class PublicResponses {

  private PublicResponses() {}

  /** A cell: {@code count} is null unless shown; {@code shown} is the count or why not. */
  record Cell(String shown, @Nullable Long count) {
    static Cell of(long n, Suppression.Shown how) {
      return switch (how) {
        case COUNT -> new Cell(Long.toString(n), n);
        case FEWER_THAN_5 -> new Cell("fewer than " + Measures.THRESHOLD, null);
        case WITHHELD -> new Cell("withheld", null);
      };
    }

    public boolean hidden() {
      return count == null;
    }
  }

  record Row(String month, List<Cell> cities, Cell allCities) {}

  record Table(String measure, String label, List<String> cities, List<Row> rows) {}

  /** A publishing site. */
  record Site(String code, String name, String path) {}

  /** The whole page as JSON. */
  record Summary(
      String site,
      String name,
      boolean synthetic,
      String from,
      String to,
      int threshold,
      String rule,
      List<Table> tables) {}

  /** The area map as GeoJSON: the area's own boundary and its cell. */
  record Areas(
      String type, String measure, String label, String from, String to, List<Feature> features) {}

  record Feature(String type, @JsonRawValue String geometry, AreaProperties properties) {}

  record AreaProperties(String area, String city, String shown, @Nullable Long count) {}
}
