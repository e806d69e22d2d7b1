package org.ceasefire.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ceasefire.platform.CopyStream;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The problems found in a file, spooled to a temporary file (so a million bad rows take no memory)
 * and loaded into {@code import_problem} when the import ends, whether or not its data was kept. A
 * rejected row counts once however many problems it has; a warning keeps the row.
 */
public final class ImportProblems implements AutoCloseable {

  private static final int MAX_VALUE = 200;
  private static final int MAX_RAW = 10_000;

  private final Path spool;
  private final BufferedWriter out;
  private long rejected;
  private long warnings;
  private @Nullable String header;

  ImportProblems() {
    try {
      spool = Files.createTempFile("ceasefire-problems", ".tsv");
      out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary file", e);
    }
  }

  /** The row is rejected for these problems (field names are the importer's columns). */
  public void reject(long line, List<ValidationException.FieldProblem> found, String raw) {
    for (ValidationException.FieldProblem p : found) {
      write(line, "error", p.field(), p.value(), p.message(), raw);
    }
    rejected++;
  }

  public void reject(long line, String column, String value, String message, String raw) {
    write(line, "error", column, value, message, raw);
    rejected++;
  }

  /** The row is loaded, with a remark (e.g. an address not found in the address table). */
  public void warn(long line, String column, String value, String message) {
    write(line, "warning", column, value, message, null);
    warnings++;
  }

  public long rejected() {
    return rejected;
  }

  public long warnings() {
    return warnings;
  }

  void header(String header) {
    this.header = header;
  }

  @Nullable String header() {
    return header;
  }

  private void write(
      long line,
      String severity,
      String column,
      String value,
      String message,
      @Nullable String raw) {
    try {
      out.write(
          CopyStream.textRow(
              line,
              severity,
              column,
              cut(value, MAX_VALUE),
              message,
              raw == null ? null : cut(raw, MAX_RAW)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the problems file", e);
    }
  }

  /** Copies every problem into import_problem for the given import (through a staging table). */
  void store(java.sql.Connection connection, long siteId, long importId)
      throws java.sql.SQLException {
    try (var s = connection.createStatement()) {
      s.execute(
          "create temp table if not exists stage_import_problem (like import_problem)"
              + " on commit drop");
      s.execute("truncate stage_import_problem");
    }
    try {
      out.flush();
      try (CopyStream copy =
              new CopyStream(
                  connection,
                  "stage_import_problem",
                  "site_id, import_id, line, severity, column_name, value, message, raw");
          var lines = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
        copy.rowsText(lines, siteId + "\t" + importId + "\t");
        copy.finish();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the problems file", e);
    }
    try (var s = connection.createStatement()) {
      s.executeUpdate("insert into import_problem select * from stage_import_problem");
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(spool);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
