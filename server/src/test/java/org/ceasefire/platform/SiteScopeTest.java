package org.ceasefire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.ceasefire.testing.CeasefireTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every piece of database work runs under the site it asked for, on the pool's reused connections,
 * whatever ran on them before: scopes changed inside transactions, transactions rolled back, many
 * threads at once. A checkout skips setting the scope when the connection's session is known to
 * hold it already; these walks are what that must never get wrong.
 */
@CeasefireTest
class SiteScopeTest {

  /** The scope of a thread that asked for none, in the tests' configuration. */
  private static final String FALLBACK = "all";

  @Autowired SiteScope scope;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;

  private final Set<Connection> sessions = ConcurrentHashMap.newKeySet();
  private final AtomicInteger checkouts = new AtomicInteger();

  /** The scope the session of the connection this work uses holds, read from the database. */
  private String held() {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select current_setting('app.site_id')")) {
      sessions.add(c.unwrap(Connection.class));
      checkouts.incrementAndGet();
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private void walk(long seed, int steps) {
    Random random = new Random(seed);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    for (int step = 0; step < steps; step++) {
      long site = 1 + random.nextInt(4);
      long other = 1 + random.nextInt(4);
      String at = "seed " + seed + " step " + step;
      switch (random.nextInt(4)) {
        case 0 -> scope.run(site, () -> assertThat(held()).as(at).isEqualTo(Long.toString(site)));
        case 1 -> assertThat(scope.system(this::held)).as(at).isEqualTo("all");
        default -> {
          boolean rollBack = random.nextBoolean();
          try {
            scope.run(
                site,
                () ->
                    tx.executeWithoutResult(
                        status -> {
                          assertThat(held()).as(at).isEqualTo(Long.toString(site));
                          scope.run(
                              other,
                              () -> assertThat(held()).as(at).isEqualTo(Long.toString(other)));
                          assertThat(held()).as(at).isEqualTo(Long.toString(site));
                          if (rollBack) {
                            throw new RolledBack();
                          }
                        }));
          } catch (RolledBack expected) {
            // the transaction rolled back, with the scope it changed inside it
          }
        }
      }
      assertThat(held()).as(at + ", after").isEqualTo(FALLBACK);
    }
  }

  @Test
  void eachCheckoutHoldsTheScopeAskedForThroughTransactionsAndRollbacks() {
    walk(1, 400);
    assertThat(checkouts.get())
        .as("the walk reused the pool's connections")
        .isGreaterThan(10 * sessions.size());
  }

  @Test
  void soDoesEveryThreadOfManyAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> walks = new ArrayList<>();
      for (long seed = 10; seed < 16; seed++) {
        long s = seed;
        walks.add(pool.submit(() -> walk(s, 150)));
      }
      for (Future<?> w : walks) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static final class RolledBack extends RuntimeException {
    RolledBack() {
      super("roll back", null, false, false);
    }
  }
}
