package org.ceasefire.imports;

import java.util.List;
import org.ceasefire.access.Compartment;

/**
 * What an importer loads: its name in paths and commands ({@code incidents}), its label on pages,
 * the file types it takes, the compartment its records belong to (writing it is what importing
 * needs), its columns, and whether rows carry keys of a partner's records system.
 */
public record ImportKind(
    String name,
    String label,
    List<String> fileTypes,
    Compartment compartment,
    List<ImportColumn> columns,
    boolean needsSourceSystem) {

  public ImportKind {
    if (!name.matches("[a-z_]{2,40}") || label.isBlank() || fileTypes.isEmpty()) {
      throw new IllegalArgumentException("an import kind needs a name, a label and file types");
    }
    fileTypes = List.copyOf(fileTypes);
    columns = List.copyOf(columns);
  }

  /** CSV rows keyed by a records system's ids. */
  public static ImportKind csv(
      String name, String label, Compartment compartment, List<ImportColumn> columns) {
    return new ImportKind(name, label, List.of(".csv", ".txt"), compartment, columns, true);
  }

  /** The same kind, its rows keyed by their own content rather than a records system's ids. */
  public ImportKind withoutSourceSystem() {
    return new ImportKind(name, label, fileTypes, compartment, columns, false);
  }
}
