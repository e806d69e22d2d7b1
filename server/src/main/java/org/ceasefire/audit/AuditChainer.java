package org.ceasefire.audit;

import org.ceasefire.platform.SiteScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Links written audit entries into the hash chain, in the background: the database's {@code
 * audit_chain_extend} (V100) takes the queued entries in number order and appends a link for each.
 * Requests only write and queue their entries, so audited requests no longer wait for each other;
 * an entry is linked about a quarter of a second after its transaction commits. One chainer works
 * at a time across every server on the database.
 */
@Component
public class AuditChainer {

  /** Entries linked per transaction. */
  static final int BATCH = 5_000;

  private final JdbcClient jdbc;
  private final SiteScope scope;

  AuditChainer(JdbcClient jdbc, SiteScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  @Scheduled(
      fixedDelayString = "${ceasefire.audit.chain-interval:250ms}",
      initialDelayString = "${ceasefire.audit.chain-interval:250ms}")
  void extendInBackground() {
    extend(false);
  }

  /**
   * Links every entry queued now and returns how many it linked. With {@code wait} it waits for a
   * chainer already at work and then goes on; without, it leaves the work to that one.
   */
  public long extend(boolean wait) {
    long linked = 0;
    int n;
    do {
      n =
          scope.system(
              () ->
                  jdbc.sql("select audit_chain_extend(:max, :wait)")
                      .param("max", BATCH)
                      .param("wait", wait)
                      .query(Integer.class)
                      .single());
      linked += n;
    } while (n == BATCH);
    return linked;
  }
}
