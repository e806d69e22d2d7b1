package org.ceasefire.analytics.cli;

/**
 * Bad input: the message names the file, line and column (or the option) so the analyst knows what
 * to fix. The CLI answers it with exit code 2.
 */
public final class InputException extends RuntimeException {

  public InputException(String message) {
    super(message);
  }

  /** An error at a place in a file: {@code events.csv:12: column 't': not a date: '2024-13-01'}. */
  public static InputException at(String file, long line, String column, String problem) {
    return new InputException(file + ":" + line + ": column '" + column + "': " + problem);
  }
}
