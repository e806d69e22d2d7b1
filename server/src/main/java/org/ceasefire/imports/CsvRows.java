package org.ceasefire.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ceasefire.analytics.cli.InputException;
import org.ceasefire.analytics.io.CsvLexer;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file read as a stream of rows through a {@link ColumnMapping}: one row in memory at a time.
 * Headers match case-insensitively; columns the importer does not know are ignored (so a rejects
 * file, with its two extra columns, loads again once fixed). A row with the wrong number of fields
 * is reported and skipped; a missing required column refuses the file.
 */
public final class CsvRows implements AutoCloseable {

  private final ImportFile file;
  private final ColumnMapping mapping;
  private final ImportProblems problems;
  private final BufferedReader reader;
  private final CsvLexer lexer;
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();

  CsvRows(ImportFile file, List<ImportColumn> columns, ImportProblems problems) {
    this.file = file;
    this.mapping = file.mapping();
    this.problems = problems;
    this.reader =
        new BufferedReader(
            new InputStreamReader(file.open(), StandardCharsets.UTF_8.newDecoder()), 1 << 16);
    this.lexer = new CsvLexer(file.name(), reader);
    List<String> first = read();
    if (first == null || (first.size() == 1 && first.get(0).isBlank())) {
      throw new ImportFileException(file.name() + ":1: the file is empty (expected a header row)");
    }
    if (hasNul(first)) {
      throw new ImportFileException(
          file.name()
              + ":1: the header holds a NUL character (byte 0), which no text may hold: is this"
              + " a CSV text file?");
    }
    this.header = first;
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byName.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (ImportColumn c : columns) {
      Integer at = byName.get(mapping.header(c.name()).toLowerCase(Locale.ROOT));
      if (at == null && mapping.mapped(c.name())) {
        throw new ImportFileException(
            file.name()
                + ":1: the mapping names column '"
                + mapping.header(c.name())
                + "' for "
                + c.name()
                + ", but the header has no such column");
      }
      if (at == null && c.required() && mapping.defaultFor(c.name()) == null) {
        throw new ImportFileException(
            file.name()
                + ":1: no column '"
                + c.name()
                + "' ("
                + c.description()
                + "); name theirs in a mapping with column."
                + c.name()
                + " = THEIR_HEADER");
      }
      index.put(c.name(), at == null ? -1 : at);
    }
    problems.header(encode(header));
  }

  /** The next row, or null at the end of the file. Malformed rows are reported and skipped. */
  public @Nullable CsvRow next() {
    while (true) {
      long line = lexer.line();
      List<String> fields = read();
      if (fields == null) {
        return null;
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue; // a blank line
      }
      if (hasNul(fields)) {
        // PostgreSQL text cannot hold byte 0: the row is refused, and kept for the rejects
        // file with the character shown as U+FFFD
        problems.reject(
            line,
            "(row)",
            "NUL",
            "holds a NUL character (byte 0), which no text column may hold",
            encode(fields).replace('\0', '\uFFFD'));
        continue;
      }
      if (fields.size() != header.size()) {
        problems.reject(
            line,
            "(row)",
            fields.size() + " fields",
            "has " + fields.size() + " fields but the header has " + header.size(),
            encode(fields));
        continue;
      }
      return new CsvRow(this, line, fields);
    }
  }

  /** How far through the file the reader is, 0 to 1, for progress. */
  public double fraction() {
    return file.fractionRead();
  }

  int index(String column) {
    return index.getOrDefault(column, -1);
  }

  ColumnMapping mapping() {
    return mapping;
  }

  private @Nullable List<String> read() {
    try {
      return lexer.next();
    } catch (InputException e) {
      throw new ImportFileException(e.getMessage());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ImportFileException(
          file.name() + ":" + lexer.line() + ": the file is not UTF-8 text (save it as UTF-8 CSV)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.name(), e);
    }
  }

  private static boolean hasNul(List<String> fields) {
    for (String f : fields) {
      if (f.indexOf('\0') >= 0) {
        return true;
      }
    }
    return false;
  }

  static String encode(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0
          || f.indexOf('"') >= 0
          || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    return b.toString();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
