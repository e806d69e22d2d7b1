package org.ceasefire.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The backup file: gzip-compressed UTF-8 text, line by line.
 *
 * <pre>
 * ceasefire-backup 1
 * created 2026-12-01T10:00:00Z
 * server PostgreSQL 17.6 ...
 * migration VERSION CHECKSUM DESCRIPTION      (each applied Flyway migration)
 * table NAME COLUMN,COLUMN,...                 (then the table's rows in COPY text format)
 * \.                                           (end of the table's rows)
 * ...
 * summary NAME ROWS DIGEST                     (each table: row count and {@link RowsDigest})
 * end SHA256                                   (SHA-256 of every byte before this line)
 * </pre>
 *
 * COPY's text format escapes a backslash in the data, so no row can be the line {@code \.}.
 */
final class BackupFormat {

  static final String MAGIC = "ceasefire-backup 1";
  static final String END_OF_ROWS = "\\.";

  private BackupFormat() {}

  /** One applied migration as the file records it. */
  record Migration(String version, String checksum, String description) {
    String line() {
      return "migration " + version + " " + checksum + " " + description;
    }
  }

  /** The same text for the same data on both sides: fixed time zone, date and number styles. */
  static void prepareSession(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          """
          set time zone 'UTC';
          set datestyle = 'ISO, YMD';
          set intervalstyle = 'postgres';
          set extra_float_digits = 1;
          set bytea_output = 'hex';
          set client_encoding = 'UTF8';
          select set_config('app.site_id', 'all', false);
          """);
    }
  }

  /** The versioned migrations applied to the database, in version order. */
  static List<Migration> migrations(Connection c) throws SQLException {
    List<Migration> out = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                """
                select version, coalesce(checksum::text, '-'), description
                  from flyway_schema_history
                 where success and version is not null
                 order by string_to_array(version, '.')::int[]
                """);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.add(new Migration(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }
}
