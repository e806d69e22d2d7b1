package org.ceasefire.platform;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * In embedded mode, starts the embedded PostgreSQL. Migrations run as the owner ({@code postgres});
 * the application connects as {@code ceasefire_app}, which owns nothing and is bound by row-level
 * security (V3).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${ceasefire.database.mode:embedded}' == 'embedded'")
class DatabaseConfiguration {

  static final String APP_ROLE = "ceasefire_app";

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
    return EmbeddedDatabase.start(properties);
  }

  @Bean
  @Primary
  DataSource dataSource(EmbeddedDatabase database) {
    return pool(database, APP_ROLE, "ceasefire", 20);
  }

  @Bean
  @FlywayDataSource
  DataSource ownerDataSource(EmbeddedDatabase database) {
    return pool(database, "postgres", "ceasefire-owner", 2);
  }

  private static HikariDataSource pool(
      EmbeddedDatabase database, String user, String name, int size) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(database.jdbcUrl(user));
    pool.setUsername(user);
    pool.setPoolName(name);
    pool.setMaximumPoolSize(size);
    pool.setMinimumIdle(Math.min(2, size));
    return pool;
  }
}
