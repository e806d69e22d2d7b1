package org.ceasefire.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.ceasefire.platform.CopyStream;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Streams the demo region's rows into one table: COPY into a temporary staging table of the same
 * shape (COPY is refused under row-level security), then INSERT ... SELECT, which the site policy
 * checks. COPY writes the id values given even into {@code generated always} identity columns, as
 * {@code OVERRIDING SYSTEM VALUE} does for the insert, which is why the writer reserves id blocks.
 */
final class CopyRows implements AutoCloseable {

  private final Connection connection;
  private final String table;
  private final String columns;
  private final String stage;
  private final CopyStream out;

  CopyRows(PGConnection connection, String table, String columns) throws SQLException {
    this.connection = (Connection) connection;
    this.table = table;
    this.columns = columns;
    this.stage = "stage_" + table;
    try (Statement s = this.connection.createStatement()) {
      s.execute(
          "create temp table if not exists "
              + stage
              + " (like "
              + table
              + " including defaults) on commit drop");
      s.execute("truncate " + stage);
    }
    this.out = new CopyStream(this.connection, stage, columns);
  }

  void row(@Nullable Object... values) {
    out.row(values);
  }

  /** Finishes the COPY and returns how many rows the server took. */
  long finish() throws IOException, SQLException {
    long rows = out.finish();
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
    try {
      out.close();
    } catch (SQLException e) {
      throw new IOException("cannot cancel COPY", e);
    }
  }
}
