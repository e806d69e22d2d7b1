package org.ceasefire.imports;

/** Thrown inside a running import when someone cancelled it; its transaction rolls back. */
final class ImportCancelled extends RuntimeException {
  ImportCancelled() {
    super("cancelled", null, false, false);
  }
}
