package org.ceasefire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data across restarts and refuses a second user of a folder. */
class EmbeddedDatabaseTest {

  @TempDir Path home;

  private DatabaseProperties properties() {
    return new DatabaseProperties("embedded", home.resolve("data"), 0, false, true);
  }

  @Test
  void keepsCommittedDataAcrossARestart() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(properties());
        Connection c = DriverManager.getConnection(db.jdbcUrl());
        Statement s = c.createStatement()) {
      s.execute("create table kept (v text)");
      s.execute("insert into kept values ('still here')");
    }
    try (EmbeddedDatabase db = EmbeddedDatabase.start(properties());
        Connection c = DriverManager.getConnection(db.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select v from kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("still here");
    }
  }

  @Test
  void refusesASecondInstanceOnTheSameFolderWithAClearMessage() throws Exception {
    try (EmbeddedDatabase first = EmbeddedDatabase.start(properties())) {
      assertThatThrownBy(() -> EmbeddedDatabase.start(properties()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("in use by another running Ceasefire")
          .hasMessageContaining("CEASEFIRE_DATA_DIR");
      try (Connection c = DriverManager.getConnection(first.jdbcUrl());
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select 1")) {
        assertThat(rs.next()).as("the first instance still works").isTrue();
      }
    }
  }
}
