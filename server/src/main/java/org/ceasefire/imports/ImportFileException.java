package org.ceasefire.imports;

/**
 * A file that cannot be read as a whole (a missing column, an unreadable mapping, broken CSV): the
 * message names the file and, where there is one, the line and column. Nothing is loaded.
 */
public final class ImportFileException extends RuntimeException {
  public ImportFileException(String message) {
    super(message);
  }
}
