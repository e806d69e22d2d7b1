package org.ceasefire.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into one table with PostgreSQL {@code COPY ... FROM STDIN} in text format. Values
 * are escaped as the text format requires; a {@code List<String>} becomes a text array. COPY writes
 * the id values given even into {@code generated always} identity columns (it behaves like {@code
 * OVERRIDING SYSTEM VALUE}), which is why the writer reserves id blocks first.
 */
final class CopyRows implements AutoCloseable {

  private final Connection connection;
  private final String table;
  private final String columns;
  private final String stage;
  private final PGCopyOutputStream out;
  private final Writer writer;
  private final StringBuilder line = new StringBuilder(256);
  private boolean ended;

  CopyRows(PGConnection connection, String table, String columns) throws SQLException {
    this.connection = (Connection) connection;
    this.table = table;
    this.columns = columns;
    this.stage = "stage_" + table;
    // PostgreSQL refuses COPY into a table under row-level security, so rows go through a
    // staging table of the same shape and then INSERT ... SELECT, which the site policy checks.
    try (Statement s = this.connection.createStatement()) {
      s.execute(
          "create temp table if not exists "
              + stage
              + " (like "
              + table
              + " including defaults) on commit drop");
      s.execute("truncate " + stage);
    }
    this.out =
        new PGCopyOutputStream(
            connection, "copy " + stage + " (" + columns + ") from stdin", 1 << 16);
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  void row(@Nullable Object... values) {
    line.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      append(values[i]);
    }
    line.append('\n');
    try {
      writer.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException("COPY failed", e);
    }
  }

  private void append(@Nullable Object value) {
    if (value == null) {
      line.append("\\N");
    } else if (value instanceof List<?> list) {
      StringBuilder array = new StringBuilder("{");
      for (Object item : list) {
        if (array.length() > 1) {
          array.append(',');
        }
        String text = item.toString().replace("\\", "\\\\").replace("\"", "\\\"");
        array.append('"').append(text).append('"');
      }
      escape(array.append('}').toString());
    } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Number) {
      line.append(value);
    } else {
      escape(value.toString());
    }
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        case '\t' -> line.append("\\t");
        default -> line.append(c);
      }
    }
  }

  /** Finishes the COPY and returns how many rows the server took. */
  long finish() throws IOException, SQLException {
    writer.flush();
    ended = true;
    long rows = out.endCopy();
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "insert into "
              + table
              + " ("
              + columns
              + ") overriding system value select "
              + columns
              + " from "
              + stage);
    }
    return rows;
  }

  @Override
  public void close() throws IOException {
    if (!ended && out.isActive()) {
      try {
        out.cancelCopy();
      } catch (SQLException e) {
        throw new IOException("cannot cancel COPY", e);
      }
    }
  }
}
