package org.ceasefire.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.platform.SiteScope;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import, start to end: the importer runs in one transaction that commits only when the rows
 * may be kept (no bad row in all-or-nothing mode, not cancelled); then a second transaction writes
 * the outcome, the problems and, when nothing was kept, the audit entry saying so. A server killed
 * midway leaves no rows: the first transaction dies with it.
 */
@Component
class ImportExecution {

  private static final Logger log = LoggerFactory.getLogger(ImportExecution.class);

  private final ImportRunRepository runs;
  private final AuditTrail audit;
  private final SiteScope scope;
  private final TransactionTemplate transaction;
  private final DataSource dataSource;

  ImportExecution(
      ImportRunRepository runs,
      AuditTrail audit,
      SiteScope scope,
      TransactionTemplate transaction,
      DataSource dataSource) {
    this.runs = runs;
    this.audit = audit;
    this.scope = scope;
    this.transaction = transaction;
    this.dataSource = dataSource;
  }

  /** How the data transaction ended. */
  private record Outcome(String status, ImportCounts counts, @Nullable String message) {}

  void execute(
      CeasefireUser user,
      Imports.Prepared p,
      ImportProgress progress,
      Consumer<ImportProgress> listener) {
    long site = user.siteId();
    Outcome outcome;
    try (ImportProblems problems = new ImportProblems()) {
      try {
        ColumnMapping mapping =
            p.source().mapping() == null
                ? ColumnMapping.none()
                : ColumnMapping.read(
                    p.source().mapping(),
                    String.valueOf(p.source().mappingName()),
                    p.importer().columns());
        ImportFile file = new ImportFile(p.source().file(), p.source().fileName(), mapping);
        outcome = scope.call(site, () -> load(user, p, file, problems, progress, listener));
      } catch (ImportCancelled e) {
        outcome = new Outcome("cancelled", zero(), "Cancelled; nothing of this file was kept.");
      } catch (ImportFileException | ValidationException e) {
        outcome = new Outcome("refused", zero(), e.getMessage() + " Nothing was loaded.");
      } catch (RuntimeException e) {
        log.error("Import {} failed", p.id(), e);
        outcome =
            new Outcome(
                "failed", zero(), "The import failed on our side; nothing was loaded. (" + e + ")");
      }
      Outcome done = outcome;
      scope.run(site, () -> transaction.executeWithoutResult(s -> record(user, p, done, problems)));
    }
  }

  private Outcome load(
      CeasefireUser user,
      Imports.Prepared p,
      ImportFile file,
      ImportProblems problems,
      ImportProgress progress,
      Consumer<ImportProgress> listener) {
    return transaction.execute(
        status -> {
          Connection connection = DataSourceUtils.getConnection(dataSource);
          try {
            ImportJob job =
                new ImportJob(
                    p.id(),
                    user,
                    file,
                    p.source().sourceSystem() == null ? null : p.source().sourceSystem().strip(),
                    p.mode(),
                    problems,
                    connection,
                    progress,
                    listener);
            ImportCounts counts = p.importer().load(job);
            if (p.mode() == ImportMode.ALL_OR_NOTHING && problems.rejected() > 0) {
              status.setRollbackOnly();
              return new Outcome(
                  "refused",
                  new ImportCounts(counts.read(), 0, 0, 0),
                  problems.rejected()
                      + " row(s) have problems, so nothing was loaded (all-or-nothing). Fix them"
                      + " and import the file again, or load the good rows only.");
            }
            job.progress("done", 1, counts.read());
            audit.write(
                AuditTrail.entry(
                    user,
                    AuditAction.IMPORT,
                    "import_run",
                    p.id(),
                    null,
                    detail(p, counts, problems)));
            return new Outcome("done", counts, null);
          } catch (SQLException e) {
            throw new IllegalStateException(
                "the database refused the import: " + e.getMessage(), e);
          } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
          }
        });
  }

  private void record(
      CeasefireUser user, Imports.Prepared p, Outcome outcome, ImportProblems problems) {
    long site = user.siteId();
    runs.finish(
        site,
        p.id(),
        outcome.status(),
        outcome.counts(),
        problems.rejected(),
        problems.warnings(),
        outcome.message(),
        problems.header());
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      problems.store(connection, site, p.id());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the problems of import " + p.id(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    if (!outcome.status().equals("done")) {
      audit.failed(
          user,
          AuditAction.IMPORT,
          "import_run",
          p.id(),
          p.importer().kind() + " from " + p.source().fileName() + ": " + outcome.status());
    }
  }

  private static String detail(Imports.Prepared p, ImportCounts c, ImportProblems problems) {
    return p.importer().kind()
        + " from "
        + p.source().fileName()
        + ": read "
        + c.read()
        + ", inserted "
        + c.inserted()
        + ", updated "
        + c.updated()
        + ", unchanged "
        + c.unchanged()
        + ", rejected "
        + problems.rejected();
  }

  private static ImportCounts zero() {
    return new ImportCounts(0, 0, 0, 0);
  }
}
