package org.ceasefire.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.ceasefire.platform.DatabaseProperties;
import org.ceasefire.platform.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's postmaster killed with SIGKILL while a transaction is open: started
 * again on the same folder, it recovers from its write-ahead log with every committed row and none
 * of the open transaction's.
 */
class DatabaseKillTest {

  @TempDir Path home;

  @Test
  void keepsCommittedRowsAndDropsTheOpenTransactionAfterTheServerIsKilled() throws Exception {
    DatabaseProperties properties =
        new DatabaseProperties("embedded", home.resolve("data"), 0, false, true);
    EmbeddedDatabase db = EmbeddedDatabase.start(properties);
    long postmaster;
    try (Connection committed = DriverManager.getConnection(db.jdbcUrl());
        Connection open = DriverManager.getConnection(db.jdbcUrl())) {
      try (Statement s = committed.createStatement()) {
        s.execute("create table ledger (id int primary key, note text)");
        for (int batch = 0; batch < 5; batch++) {
          s.execute(
              "insert into ledger select g, 'committed' from generate_series("
                  + (batch * 1000 + 1)
                  + ", "
                  + (batch + 1) * 1000
                  + ") g");
        }
      }
      open.setAutoCommit(false);
      try (Statement s = open.createStatement()) {
        s.execute("insert into ledger select g, 'uncommitted' from generate_series(5001, 9000) g");
        s.execute("update ledger set note = 'changed, never committed' where id <= 100");
      }
      postmaster =
          Long.parseLong(Files.readAllLines(db.dataDir().resolve("postmaster.pid")).get(0));
      ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
      assertThat(server.destroyForcibly()).as("SIGKILL sent to the postmaster").isTrue();
      server.onExit().get(60, TimeUnit.SECONDS);
    }
    try {
      db.close(); // the server is gone: stopping it fails, the folder lock is released
    } catch (Exception expected) {
      // pg_ctl finds no server to stop
    }
    try (EmbeddedDatabase again = EmbeddedDatabase.start(properties);
        Connection c = DriverManager.getConnection(again.jdbcUrl());
        Statement s = c.createStatement()) {
      assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      assertThat(single(s, "select count(*) from ledger")).isEqualTo(5000);
      assertThat(single(s, "select count(*) from ledger where note <> 'committed'")).isZero();
      assertThat(single(s, "select max(id) from ledger")).isEqualTo(5000);
    }
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
