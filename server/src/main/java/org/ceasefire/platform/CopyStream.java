package org.ceasefire.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into a table with PostgreSQL {@code COPY ... FROM STDIN} in text format, escaping
 * each value as that format requires; a {@code List} becomes a text array. PostgreSQL refuses COPY
 * into a table under row-level security, so callers copy into a temporary staging table and move
 * the rows on with {@code INSERT ... SELECT}, which the site policy checks.
 */
public final class CopyStream implements AutoCloseable {

  private final PGCopyOutputStream out;
  private final Writer writer;
  private final StringBuilder line = new StringBuilder(256);
  private long rows;
  private boolean ended;

  /** Starts {@code COPY table (columns) FROM STDIN} on the connection (a pooled proxy is fine). */
  public CopyStream(Connection connection, String table, String columns) throws SQLException {
    this.out =
        new PGCopyOutputStream(
            connection.unwrap(PGConnection.class),
            "copy " + table + " (" + columns + ") from stdin",
            1 << 16);
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  public void row(@Nullable Object... values) {
    line.setLength(0);
    appendRow(line, values);
    try {
      writer.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException("COPY failed", e);
    }
    rows++;
  }

  /** One row in COPY's text format, newline included: for files loaded by COPY later. */
  public static String textRow(@Nullable Object... values) {
    StringBuilder b = new StringBuilder(128);
    appendRow(b, values);
    return b.toString();
  }

  private static void appendRow(StringBuilder line, @Nullable Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      append(line, values[i]);
    }
    line.append('\n');
  }

  /** Rows already in COPY's text format, one a line, each after {@code prefix}. */
  public void rowsText(java.io.BufferedReader lines, String prefix) throws IOException {
    String text;
    while ((text = lines.readLine()) != null) {
      writer.append(prefix).append(text).append('\n');
      rows++;
    }
  }

  public long rows() {
    return rows;
  }

  private static void append(StringBuilder line, @Nullable Object value) {
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
      escape(line, array.append('}').toString());
    } else if (value instanceof Instant
        || value instanceof LocalDate
        || value instanceof OffsetDateTime
        || value instanceof Number
        || value instanceof Boolean) {
      line.append(value);
    } else {
      escape(line, value.toString());
    }
  }

  private static void escape(StringBuilder line, String text) {
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
  public long finish() throws SQLException {
    try {
      writer.flush();
    } catch (IOException e) {
      throw new SQLException("COPY failed: " + e.getMessage(), e);
    }
    ended = true;
    return out.endCopy();
  }

  @Override
  public void close() throws SQLException {
    if (!ended && out.isActive()) {
      out.cancelCopy();
    }
  }
}
