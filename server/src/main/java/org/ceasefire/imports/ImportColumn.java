package org.ceasefire.imports;

/** A column an importer reads: its name in Ceasefire, whether it is required, what it holds. */
public record ImportColumn(String name, boolean required, String description) {
  public ImportColumn {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("column names are lower_snake_case: " + name);
    }
  }

  public static ImportColumn required(String name, String description) {
    return new ImportColumn(name, true, description);
  }

  public static ImportColumn optional(String name, String description) {
    return new ImportColumn(name, false, description);
  }
}
