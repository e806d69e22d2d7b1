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

  /** The kind's name in paths and commands: {@code incidents}, {@code areas}. */
  String kind();

  /** What the kind is called on pages. */
  String label();

  /** File name endings accepted, e.g. {@code .csv}. */
  List<String> fileTypes();

  /** The compartment the records belong to: writing it is what importing them needs. */
  Compartment compartment();

  /** The columns read (for a mapping file, the form and docs/import.md). */
  List<ImportColumn> columns();

  /** Whether rows carry keys of a partner's records system named with the import. */
  default boolean needsSourceSystem() {
    return true;
  }

  /**
   * Reads the file and loads its good rows on {@link ImportJob#connection()}, reporting bad rows to
   * {@link ImportJob#problems()} and calling {@link ImportJob#progress} as it goes. Runs inside the
   * import's transaction: the caller commits or rolls back.
   */
  ImportCounts load(ImportJob job) throws SQLException;
}
