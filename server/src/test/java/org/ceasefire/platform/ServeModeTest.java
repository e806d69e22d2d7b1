package org.ceasefire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ceasefire.CeasefireApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./ceasefire serve} runs on the PostgreSQL named by CEASEFIRE_DB_URL/_USER/_PASSWORD and
 * starts no embedded database of its own. Here the "external" server is a separately started
 * PostgreSQL.
 */
class ServeModeTest {

  @TempDir Path home;

  @Test
  void servesFromTheDatabaseNamedByConfigurationAndMigratesIt() throws Exception {
    try (EmbeddedDatabase external =
        EmbeddedDatabase.start(
            new DatabaseProperties("embedded", home.resolve("external"), 0, false, false))) {
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(CeasefireApplication.class)
              .profiles("serve")
              .properties(
                  "CEASEFIRE_DB_URL=" + external.jdbcUrl(),
                  "CEASEFIRE_DB_USER=postgres",
                  "CEASEFIRE_DB_PASSWORD=",
                  "server.port=0",
                  "ceasefire.database.data-dir=" + home.resolve("must-not-exist"))
              .run()) {
        assertThat(app.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(
                jdbc.sql("select count(*) from flyway_schema_history where success")
                    .query(Long.class)
                    .single())
            .isPositive();
        assertThat(home.resolve("must-not-exist")).doesNotExist();
      }
    }
  }
}
