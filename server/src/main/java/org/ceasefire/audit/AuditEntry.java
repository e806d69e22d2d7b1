package org.ceasefire.audit;

import org.jspecify.annotations.Nullable;

/**
 * One entry to write: who (site, user, role, agency), what (action, record), why (purpose), from
 * where (client address), and how it ended.
 */
public record AuditEntry(
    @Nullable Long siteId,
    @Nullable Long userId,
    @Nullable String username,
    @Nullable String role,
    @Nullable Long agencyId,
    AuditAction action,
    @Nullable String recordType,
    @Nullable Long recordId,
    @Nullable String purpose,
    @Nullable String clientAddress,
    String outcome,
    @Nullable String detail) {

  public AuditEntry {
    if (!outcome.equals("ok") && !outcome.equals("denied") && !outcome.equals("failed")) {
      throw new IllegalArgumentException("outcome must be ok, denied or failed: " + outcome);
    }
    detail = detail == null ? null : sanitize(detail);
    username = username == null ? null : sanitize(username);
  }

  /** Control characters (a newline in a username, say) are escaped, never written raw. */
  static String sanitize(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 2000));
    for (int i = 0; i < text.length() && out.length() < 2000; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
