package org.ceasefire.platform;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** In embedded mode, starts the embedded PostgreSQL and points the connection pool at it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${ceasefire.database.mode:embedded}' == 'embedded'")
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
    return EmbeddedDatabase.start(properties);
  }

  @Bean
  DataSource dataSource(EmbeddedDatabase database) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(database.jdbcUrl());
    pool.setUsername("postgres");
    pool.setPoolName("ceasefire");
    pool.setMaximumPoolSize(20);
    return pool;
  }
}
