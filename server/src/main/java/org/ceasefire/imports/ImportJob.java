package org.ceasefire.imports;

import java.sql.Connection;
import java.util.function.Consumer;
import org.ceasefire.access.CeasefireUser;
import org.jspecify.annotations.Nullable;

/** What an {@link Importer} is given: who imports what, where to write, where to report. */
public final class ImportJob {

  private final long id;
  private final CeasefireUser user;
  private final ImportFile file;
  private final @Nullable String sourceSystem;
  private final ImportMode mode;
  private final ImportProblems problems;
  private final Connection connection;
  private final ImportProgress progress;
  private final Consumer<ImportProgress> listener;

  ImportJob(
      long id,
      CeasefireUser user,
      ImportFile file,
      @Nullable String sourceSystem,
      ImportMode mode,
      ImportProblems problems,
      Connection connection,
      ImportProgress progress,
      Consumer<ImportProgress> listener) {
    this.id = id;
    this.user = user;
    this.file = file;
    this.sourceSystem = sourceSystem;
    this.mode = mode;
    this.problems = problems;
    this.connection = connection;
    this.progress = progress;
    this.listener = listener;
  }

  /** The import record's id. */
  public long id() {
    return id;
  }

  public long siteId() {
    return user.siteId();
  }

  public CeasefireUser user() {
    return user;
  }

  public ImportFile file() {
    return file;
  }

  /** The records system the rows' keys come from; {@code ceasefire} when the kind needs none. */
  public String sourceSystem() {
    return sourceSystem == null ? "ceasefire" : sourceSystem;
  }

  public ImportMode mode() {
    return mode;
  }

  public ImportProblems problems() {
    return problems;
  }

  /** The import transaction's connection, scoped to the site: for COPY and bulk SQL. */
  public Connection connection() {
    return connection;
  }

  /**
   * Reports progress (reading is most of the work, so callers map it to 0..0.9 and use the rest for
   * the database work) and stops the import here if it was cancelled.
   */
  public void progress(String phase, double fraction, long rows) {
    if (progress.cancelled()) {
      throw new ImportCancelled();
    }
    progress.update(phase, fraction, rows);
    listener.accept(progress);
  }
}
