package org.ceasefire.imports;

import java.sql.SQLException;
import java.util.List;
import org.ceasefire.access.Compartment;

/**
 * Loads one kind of record from a file. Each feature that owns a kind of record (incidents, places,
 * ...) provides its importer as a Spring bean; {@link Imports} runs it as a job inside one
 * transaction, so an import is wholly there or wholly absent.
 */
public interface Importer {

  /** What this importer loads. */
  ImportKind describe();

  /** The kind's name in paths and commands: {@code incidents}, {@code areas}. */
  default String kind() {
    return describe().name();
  }

  default String label() {
    return describe().label();
  }

  default List<String> fileTypes() {
    return describe().fileTypes();
  }

  default Compartment compartment() {
    return describe().compartment();
  }

  default List<ImportColumn> columns() {
    return describe().columns();
  }

  default boolean needsSourceSystem() {
    return describe().needsSourceSystem();
  }

  /**
   * Reads the file and loads its good rows on {@link ImportJob#connection()}, reporting bad rows to
   * {@link ImportJob#problems()} and calling {@link ImportJob#progress} as it goes. Runs inside the
   * import's transaction: the caller commits or rolls back.
   */
  ImportCounts load(ImportJob job) throws SQLException;
}
