package org.ceasefire.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.ceasefire.platform.CopyStream;
import org.jspecify.annotations.Nullable;

/**
 * A temporary staging table for one import: rows are checked in Java, streamed in with COPY (with
 * their line and raw text, for problems found later), checked again in SQL where a check needs the
 * database (duplicates, references to other records), then moved into the real table with one
 * {@code INSERT ... ON CONFLICT} that the site's row-level policy checks. Dropped at commit.
 */
public final class Staging implements AutoCloseable {

  private final ImportJob job;
  private final String table;
  private final CopyStream copy;
  private boolean finished;

  private Staging(ImportJob job, String table, String columns) throws SQLException {
    this.job = job;
    this.table = table;
    this.copy = new CopyStream(job.connection(), table, "line, raw, " + columns);
  }

  /**
   * Creates {@code table} with {@code line bigint, raw text} and the given column definitions, and
   * starts copying into it. {@code columns} lists the definitions' names, in order.
   */
  public static Staging create(ImportJob job, String table, String definitions, String columns)
      throws SQLException {
    try (Statement s = job.connection().createStatement()) {
      // room to sort and hash a large staging table in memory, for this transaction only
      s.execute("set local work_mem = '256MB'");
      s.execute("drop table if exists " + table);
      s.execute(
          "create temp table "
              + table
              + " (line bigint not null, raw text, "
              + definitions
              + ") on commit drop");
    }
    return new Staging(job, table, columns);
  }

  /** One good row: its line, its raw text, then the staged columns' values. */
  public void row(CsvRow row, @Nullable Object... values) {
    row(row.line(), row.raw(), values);
  }

  /** One good record of a file that is not CSV: where it is (line or feature number), its text. */
  public void row(long line, String raw, @Nullable Object... values) {
    Object[] all = new Object[values.length + 2];
    all[0] = line;
    all[1] = raw;
    System.arraycopy(values, 0, all, 2, values.length);
    copy.row(all);
  }

  public long rows() {
    return copy.rows();
  }

  /** Ends the COPY. */
  public void finish() throws SQLException {
    copy.finish();
    finished = true;
    try (Statement s = job.connection().createStatement()) {
      s.execute("analyze " + table);
    }
  }

  /**
   * Rejects every row whose {@code key} (a column list) repeats an earlier line's, and drops it
   * from the staging table. Returns how many.
   */
  public long rejectRepeats(String key, String column, String what) throws SQLException {
    String sql =
        "with ranked as (select line, raw, ("
            + key
            + ")::text as k, min(line) over (partition by "
            + key
            + ") as first from "
            + table
            + ") delete from "
            + table
            + " s using ranked r where s.line = r.line and r.line > r.first"
            + " returning r.line, r.raw, r.k, r.first";
    long n = 0;
    try (Statement s = job.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        job.problems()
            .reject(
                rs.getLong(1),
                column,
                rs.getString(3),
                "the same " + what + " as line " + rs.getLong(4) + " (each may appear once)",
                rs.getString(2));
        n++;
      }
    }
    return n;
  }

  /**
   * Rejects the rows matching {@code condition} (SQL over the staging table, alias {@code s}) with
   * the message, naming the column and showing {@code valueExpression}; drops them. Returns how
   * many.
   */
  public long rejectWhere(
      String condition, String column, String valueExpression, String message, Object... params)
      throws SQLException {
    String sql =
        "delete from "
            + table
            + " s where "
            + condition
            + " returning s.line, s.raw, coalesce(("
            + valueExpression
            + ")::text, '')";
    long n = 0;
    try (PreparedStatement s = job.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          job.problems().reject(rs.getLong(1), column, rs.getString(3), message, rs.getString(2));
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Moves the staged rows into the real table: {@code update} changes the existing records that
   * differ (and must leave equal ones untouched), then {@code insert} adds the rows with no record
   * yet; both take the same parameters. Counts what they did against the rows staged. (Two plain
   * statements rather than {@code INSERT ... ON CONFLICT}: its speculative insertion costs about as
   * much again per row, and imports of one site run one at a time.)
   */
  public ImportCounts merge(String update, String insert, long read, Object... params)
      throws SQLException {
    long staged;
    try (Statement s = job.connection().createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      staged = rs.getLong(1);
    }
    long updated = execute(update, params);
    long inserted = execute(insert, params);
    return new ImportCounts(read, inserted, updated, staged - inserted - updated);
  }

  private long execute(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = job.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeLargeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    if (!finished) {
      copy.close();
    }
  }

  /** The connection, for statements of the importer's own. */
  public Connection connection() {
    return job.connection();
  }
}
