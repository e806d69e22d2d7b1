package org.ceasefire.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A titled table shown on a record's page, contributed by another feature (a person's groups, a
 * person's incidents), so a page can show what other features know without reaching into them.
 */
public record PageSection(
    String title, List<String> headers, List<List<Cell>> rows, String emptyText) {

  /** A table cell: text and, optionally, a link. */
  public record Cell(String text, @Nullable String href) {
    public static Cell of(@Nullable Object text) {
      return new Cell(text == null ? "" : String.valueOf(text), null);
    }

    public static Cell link(String text, String href) {
      return new Cell(text, href);
    }
  }

  public PageSection {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
