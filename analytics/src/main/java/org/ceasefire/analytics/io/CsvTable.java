package org.ceasefire.analytics.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefire.analytics.cli.InputException;

/**
 * A CSV file with a header row, read whole (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
 * Every typed accessor fails with an {@link InputException} naming the file, the line and the
 * column, so an analyst can fix the input.
 *
 * <p>Lines are numbered as an editor shows them: the header is line 1, the first data row line 2.
 */
public final class CsvTable {

  private final String name;
  private final List<String> header;
  private final Map<String, Integer> index;
  private final List<String[]> rows;
  private final long[] lineNumbers;

  private CsvTable(String name, List<String> header, List<String[]> rows, long[] lineNumbers) {
    this.name = name;
    this.header = List.copyOf(header);
    this.rows = rows;
    this.lineNumbers = lineNumbers;
    this.index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).trim().toLowerCase(java.util.Locale.ROOT), i);
    }
  }

  /** Reads a file; a missing or unreadable file is bad input naming the path. */
  public static CsvTable read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** Reads CSV text from a reader; {@code name} is used in error messages. */
  public static CsvTable read(String name, Reader reader) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    CsvLexer lexer = new CsvLexer(name, in);
    List<String> header = lexer.next();
    if (header == null) {
      throw new InputException(name + ":1: empty file: a header row is required");
    }
    List<String[]> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<String> record;
    while (true) {
      long line = lexer.line();
      record = lexer.next();
      if (record == null) {
        break;
      }
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue; // blank line
      }
      if (record.size() > header.size()) {
        throw new InputException(
            name
                + ":"
                + line
                + ": "
                + record.size()
                + " fields but the header has "
                + header.size());
      }
      rows.add(record.toArray(String[]::new));
      lines.add(line);
    }
    long[] lineNumbers = lines.stream().mapToLong(Long::longValue).toArray();
    return new CsvTable(name, header, rows, lineNumbers);
  }

  public String name() {
    return name;
  }

  public List<String> header() {
    return header;
  }

  public int size() {
    return rows.size();
  }

  /** The line in the file where data row {@code row} (0-based) starts. */
  public long line(int row) {
    return lineNumbers[row];
  }

  public boolean has(String column) {
    return index.containsKey(key(column));
  }

  /** The position of a required column; missing is bad input naming the file and the column. */
  public int column(String column) {
    Integer i = index.get(key(column));
    if (i == null) {
      throw new InputException(
          name + ":1: missing column '" + column + "' (header: " + String.join(",", header) + ")");
    }
    return i;
  }

  /** Raw text of a cell, empty when the row is short. */
  public String text(int row, int column) {
    String[] r = rows.get(row);
    return column < r.length ? r[column].trim() : "";
  }

  /** A required non-empty text cell. */
  public String required(int row, int column) {
    String v = text(row, column);
    if (v.isEmpty()) {
      throw error(row, column, "empty value");
    }
    return v;
  }

  public Optional<String> optional(int row, int column) {
    String v = text(row, column);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** A required finite number. */
  public double number(int row, int column) {
    String v = required(row, column);
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw error(row, column, "not a finite number: '" + v + "'");
      }
      return d;
    } catch (NumberFormatException e) {
      throw error(row, column, "not a number: '" + v + "'");
    }
  }

  /** A required whole number. */
  public long integer(int row, int column) {
    String v = required(row, column);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw error(row, column, "not a whole number: '" + v + "'");
    }
  }

  /**
   * A required date or date-time (ISO-8601: {@code 2024-05-01}, {@code 2024-05-01T13:45:00}, {@code
   * 2024-05-01T13:45:00Z} or with an offset); a date without an offset is read as UTC.
   */
  public Instant instant(int row, int column) {
    String v = required(row, column);
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(v).toInstant();
      }
      return LocalDateTime.parse(v.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw error(row, column, "not an ISO-8601 date or date-time: '" + v + "'");
    }
  }

  /** An error at a cell: {@code file:line: column 'x': problem}. */
  public InputException error(int row, int column, String problem) {
    String col = column < header.size() ? header.get(column) : "#" + (column + 1);
    return InputException.at(name, line(row), col, problem);
  }

  private static String key(String column) {
    return column.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
