package org.ceasefire.platform;

/**
 * Someone else changed the record since it was loaded: the edit is refused, never applied over
 * theirs. 409 with the current version.
 */
public final class StaleRecordException extends RuntimeException {

  private final int currentVersion;

  public StaleRecordException(String what, long id, int currentVersion) {
    super(
        what
            + " "
            + id
            + " was changed by someone else (now version "
            + currentVersion
            + "); reload it and make your change again");
    this.currentVersion = currentVersion;
  }

  public int currentVersion() {
    return currentVersion;
  }
}
