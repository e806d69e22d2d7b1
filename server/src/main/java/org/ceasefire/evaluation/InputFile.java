package org.ceasefire.evaluation;

/**
 * One input file of a design, in exactly the format its {@code ceasefire analyze} command reads,
 * and whether it holds person-level rows (pseudonymised; only for extract readers).
 */
record InputFile(String name, String csv, boolean personLevel) {
  InputFile {
    if (!name.matches("[a-z-]+\\.csv")) {
      throw new IllegalArgumentException("not an input file name: " + name);
    }
  }
}
