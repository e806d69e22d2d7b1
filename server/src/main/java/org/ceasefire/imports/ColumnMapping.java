package org.ceasefire.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How an agency's export maps onto Ceasefire's columns, so the file loads unedited. A mapping file
 * has one setting per line ({@code #} starts a comment):
 *
 * <pre>
 * column.source_id = INCIDENT_NO          # our column = the header in their file
 * value.type.HOM = homicide               # their value of a column = ours
 * default.city = Hartford                 # when the column is absent or empty
 * format.occurred_at = MM/dd/yyyy HH:mm   # date and time pattern (java.time)
 * </pre>
 *
 * Every key must name a column of the importer; a mistake is refused naming the mapping's line.
 */
public final class ColumnMapping {

  private final Map<String, String> headers = new HashMap<>();
  private final Map<String, Map<String, String>> values = new HashMap<>();
  private final Map<String, String> defaults = new HashMap<>();
  private final Map<String, DateTimeFormatter> formats = new HashMap<>();

  private ColumnMapping() {}

  /** No mapping: every column is read from the header of the same name. */
  public static ColumnMapping none() {
    return new ColumnMapping();
  }

  public static ColumnMapping read(Path file, String name, List<ImportColumn> columns) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in, name, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the mapping " + name, e);
    }
  }

  static ColumnMapping parse(BufferedReader in, String name, List<ImportColumn> columns)
      throws IOException {
    Set<String> known = columns.stream().map(ImportColumn::name).collect(Collectors.toSet());
    ColumnMapping m = new ColumnMapping();
    String text;
    int line = 0;
    while ((text = in.readLine()) != null) {
      line++;
      String setting = stripComment(text).strip();
      if (setting.isEmpty()) {
        continue;
      }
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new ImportFileException(
            name + ":" + line + ": expected 'key = value', found '" + setting + "'");
      }
      m.set(name, line, setting.substring(0, eq).strip(), setting.substring(eq + 1).strip(), known);
    }
    return m;
  }

  private void set(String name, int line, String key, String value, Set<String> known) {
    String[] parts = key.split("\\.", 3);
    String kind = parts[0];
    String column = parts.length > 1 ? parts[1] : "";
    String where = name + ":" + line + ": ";
    if (!known.contains(column)) {
      throw new ImportFileException(
          where + "'" + key + "' names no column of this import (columns: " + sorted(known) + ")");
    }
    switch (kind) {
      case "column" -> headers.put(column, require(where, key, value));
      case "default" -> defaults.put(column, require(where, key, value));
      case "value" -> {
        if (parts.length < 3 || parts[2].isBlank()) {
          throw new ImportFileException(where + "write value." + column + ".THEIRS = ours");
        }
        values.computeIfAbsent(column, c -> new HashMap<>()).put(fold(parts[2]), value);
      }
      case "format" -> {
        try {
          formats.put(column, DateTimeFormatter.ofPattern(require(where, key, value), Locale.US));
        } catch (IllegalArgumentException e) {
          throw new ImportFileException(
              where + "'" + value + "' is not a date pattern: " + e.getMessage());
        }
      }
      default ->
          throw new ImportFileException(
              where + "'" + key + "': a key starts with column., value., default. or format.");
    }
  }

  /** The header in the file that holds {@code column}: the mapped one, else the column's name. */
  public String header(String column) {
    return headers.getOrDefault(column, column);
  }

  boolean mapped(String column) {
    return headers.containsKey(column);
  }

  /** Their value translated to ours (exact, then ignoring case); the value itself if unmapped. */
  String translate(String column, String value) {
    Map<String, String> table = values.get(column);
    if (table == null) {
      return value;
    }
    return table.getOrDefault(fold(value), value);
  }

  /**
   * A value read from the file for {@code column}, trimmed, translated, or the default when empty.
   */
  public @Nullable String value(String column, @Nullable String raw) {
    String v = raw == null ? "" : raw.strip();
    return v.isEmpty() ? defaultFor(column) : translate(column, v);
  }

  @Nullable String defaultFor(String column) {
    return defaults.get(column);
  }

  public Optional<DateTimeFormatter> format(String column) {
    return Optional.ofNullable(formats.get(column));
  }

  private static String require(String where, String key, String value) {
    if (value.isEmpty()) {
      throw new ImportFileException(where + "'" + key + "' has no value");
    }
    return value;
  }

  private static String fold(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static String stripComment(String text) {
    int hash = text.indexOf(" #");
    String t = text.startsWith("#") ? "" : text;
    return hash >= 0 ? t.substring(0, Math.min(hash, t.length())) : t;
  }

  private static String sorted(Set<String> names) {
    return names.stream().sorted().collect(Collectors.joining(", "));
  }
}
