package org.ceasefire.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** Scopes every connection to the current thread's site as it leaves the pool. */
final class SiteScopedDataSource extends DelegatingDataSource {

  private final String fallback;

  /** {@code fallback}: the scope of a thread that set none ('' in production: no site). */
  SiteScopedDataSource(DataSource target, String fallback) {
    super(target);
    this.fallback = fallback;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return scoped(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return scoped(super.getConnection(username, password));
  }

  private Connection scoped(Connection connection) throws SQLException {
    try {
      SiteScope.atCheckout(connection, SiteScope.current(fallback));
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }
}
