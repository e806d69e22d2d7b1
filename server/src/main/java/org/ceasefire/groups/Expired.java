package org.ceasefire.groups;

/** A record the daily job took out of every list: a membership entry or a group. */
public record Expired(long siteId, String recordType, long recordId, String reason) {

  public static final String MEMBERSHIP = "membership";
  public static final String GROUP = "group";

  public Expired {
    if (!recordType.equals(MEMBERSHIP) && !recordType.equals(GROUP)) {
      throw new IllegalArgumentException("unknown record type: " + recordType);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("an expiry needs a reason");
    }
  }
}
