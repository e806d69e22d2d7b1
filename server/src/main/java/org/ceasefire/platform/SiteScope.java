package org.ceasefire.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which site the current thread's database work belongs to. Every connection the application takes
 * from the pool is scoped to it (PostgreSQL row-level security, see V3), so a query can never see
 * another site's rows. Web requests take the signed-in user's site (from the security context, at
 * each checkout); system work (sign-in lookup, jobs over every site) asks for {@link #system}
 * explicitly, and work for one site outside a request asks for {@link #run}.
 *
 * <p>The scope is a session setting ({@code app.site_id}) that this class alone writes on the
 * pool's connections. A checkout skips the statement when the connection's session is known to hold
 * the scope already: known only when this class set it with the connection in autocommit mode,
 * where the setting is committed at once and nothing can take it back. A scope set inside a
 * transaction ({@link #call} within one) would revert if the transaction rolled back, so it makes
 * the connection's setting unknown, and the next checkout sets it again.
 */
@Component
public class SiteScope {

  /** The scope of system work: every site. */
  static final String ALL = "all";

  private static final ThreadLocal<@Nullable String> CURRENT = new ThreadLocal<>();

  /** The scope each physical connection's session holds, where known (see the class comment). */
  private static final Map<Connection, String> HELD =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final ObjectProvider<DataSource> dataSource;
  private final String fallback;

  SiteScope(
      ObjectProvider<DataSource> dataSource,
      @Value("${ceasefire.database.default-scope:}") String defaultScope) {
    this.dataSource = dataSource;
    this.fallback = defaultScope; // '' in production: a thread with no site sees nothing
  }

  /**
   * The scope for the next connection checkout: the one this thread set, else the site of the
   * signed-in user (also while they pass the second factor), else {@code fallback}.
   */
  static String current(String fallback) {
    String scope = CURRENT.get();
    if (scope != null) {
      return scope;
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof SiteMember member
        ? member.siteScope()
        : fallback;
  }

  public <T> T call(long siteId, Supplier<T> work) {
    return within(Long.toString(siteId), work);
  }

  public void run(long siteId, Runnable work) {
    within(
        Long.toString(siteId),
        () -> {
          work.run();
          return null;
        });
  }

  /** Work over every site: sign-in lookups, daily jobs, audit verification. */
  public <T> T system(Supplier<T> work) {
    return within(ALL, work);
  }

  private <T> T within(String scope, Supplier<T> work) {
    String before = CURRENT.get();
    CURRENT.set(scope);
    applyToTransaction(scope);
    try {
      return work.get();
    } finally {
      CURRENT.set(before);
      applyToTransaction(current(fallback));
    }
  }

  /** A transaction already holding a connection gets the new scope too. */
  private void applyToTransaction(String scope) {
    if (TransactionSynchronizationManager.getResource(dataSource.getObject())
            instanceof ConnectionHolder h
        && h.getConnectionHandle() != null) {
      try {
        Connection c = h.getConnection();
        HELD.remove(c.unwrap(Connection.class));
        apply(c, scope);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot scope the connection to site " + scope, e);
      }
    }
  }

  /**
   * Scopes a connection as it leaves the pool; skips the statement when its session holds the scope
   * already, as far as that is known.
   */
  static void atCheckout(Connection connection, String scope) throws SQLException {
    Connection session = connection.unwrap(Connection.class);
    if (connection.getAutoCommit() && scope.equals(HELD.get(session))) {
      return;
    }
    HELD.remove(session);
    apply(connection, scope);
    if (connection.getAutoCommit()) {
      HELD.put(session, scope);
    }
  }

  private static void apply(Connection connection, String scope) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement("select set_config('app.site_id', ?, false)")) {
      s.setString(1, scope);
      s.execute();
    }
  }
}
