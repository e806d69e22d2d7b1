package org.ceasefire.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
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

  private final PGCopyOutputStream out;
  private final Writer writer;
  private final StringBuilder line = new StringBuilder(256);
  private boolean ended;

  CopyRows(PGConnection connection, String table, String columns) throws SQLException {
    this.out =
        new PGCopyOutputStream(
            connection, "copy " + table + " (" + columns + ") from stdin", 1 << 16);
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
    return out.endCopy();
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
