package org.ceasefire.demo;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reserves a contiguous block of ids from a table's identity sequence so records generated with
 * local ids (1, 2, ...) can be copied with final ids and valid foreign keys, without a staging
 * table. The writer first locks the tables it fills (exclusive: others may read, not insert), so no
 * one else draws from the sequences between our nextval and setval.
 */
final class IdBlocks {

  private final Connection connection;

  IdBlocks(Connection connection) {
    this.connection = connection;
  }

  void lock(String tables) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("lock table " + tables + " in exclusive mode");
    }
  }

  /**
   * The first of {@code count} reserved ids of {@code table}; local id n maps to first + n - 1. A
   * count of 0 reserves nothing (and the returned value is never used).
   */
  long reserve(String table, int count) throws SQLException {
    if (count == 0) {
      return 1;
    }
    long first;
    try (var next =
        connection.prepareStatement("select nextval(pg_get_serial_sequence(?, 'id'))")) {
      next.setString(1, table);
      try (var rs = next.executeQuery()) {
        rs.next();
        first = rs.getLong(1);
      }
    }
    if (count > 1) {
      try (var set =
          connection.prepareStatement("select setval(pg_get_serial_sequence(?, 'id'), ?)")) {
        set.setString(1, table);
        set.setLong(2, first + count - 1);
        set.executeQuery().close();
      }
    }
    return first;
  }
}
