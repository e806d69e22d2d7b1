package org.ceasefire.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row of an imported CSV file, read through the column mapping. */
public final class CsvRow {

  private final CsvRows file;
  private final long line;
  private final List<String> fields;

  CsvRow(CsvRows file, long line, List<String> fields) {
    this.file = file;
    this.line = line;
    this.fields = fields;
  }

  /** The line of the file the row starts on (the header is line 1). */
  public long line() {
    return line;
  }

  /**
   * The value of one of the importer's columns: trimmed, translated by the mapping, the mapping's
   * default when empty; null when empty without a default.
   */
  public @Nullable String get(String column) {
    int index = file.index(column);
    String value = index < 0 ? "" : fields.get(index).strip();
    if (value.isEmpty()) {
      return file.mapping().defaultFor(column);
    }
    return file.mapping().translate(column, value);
  }

  /** The date or time layout the mapping gives for the column, if any. */
  public java.util.Optional<java.time.format.DateTimeFormatter> format(String column) {
    return file.mapping().format(column);
  }

  /**
   * The column's date (YYYY-MM-DD, or the mapping's {@code format.<column>}); null when empty, and
   * null with a problem noted, naming the file's header, when it is not a date.
   */
  public java.time.@Nullable LocalDate date(
      String column,
      java.util.List<org.ceasefire.platform.ValidationException.FieldProblem> problems) {
    String text = get(column);
    if (text == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(
          text, format(column).orElse(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(
          new org.ceasefire.platform.ValidationException.FieldProblem(
              header(column), "is not a date (YYYY-MM-DD, or give format." + column + ")", text));
      return null;
    }
  }

  /** The header in the file that holds the column, for messages. */
  public String header(String column) {
    return file.mapping().header(column);
  }

  /** The row as it stood in the file, as one CSV line. */
  public String raw() {
    return CsvRows.encode(fields);
  }
}
