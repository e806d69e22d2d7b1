package org.ceasefire.audit;

import java.util.Locale;

/** What an audit entry records. Stored in lower case. */
public enum AuditAction {
  READ,
  SEARCH,
  CREATE,
  UPDATE,
  DELETE,
  EXPORT,
  LOGIN,
  LOGIN_FAILED,
  LOGOUT,
  DENIED,
  PURGE,
  REVALIDATE,
  DISSEMINATE,
  VERIFY,
  IMPORT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
