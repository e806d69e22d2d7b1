package org.ceasefire.backup;

/** The backup file is damaged, truncated or not a backup: says what is wrong and where. */
final class BackupFileException extends Exception {

  BackupFileException(String message) {
    super(message);
  }

  BackupFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
