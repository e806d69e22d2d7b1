package org.ceasefire.imports;

import java.util.Locale;

/** What to do with a file that has bad rows. */
public enum ImportMode {
  /** Any bad row refuses the whole file: nothing is loaded, every problem is reported. */
  ALL_OR_NOTHING,
  /** The good rows are loaded; the bad ones go to the rejects file. */
  GOOD_ROWS_ONLY;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code all-or-nothing}, {@code all_or_nothing} or the like; null for anything else. */
  public static @org.jspecify.annotations.Nullable ImportMode parse(
      @org.jspecify.annotations.Nullable String text) {
    if (text == null || text.isBlank()) {
      return ALL_OR_NOTHING;
    }
    String code = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (ImportMode m : values()) {
      if (m.code().equals(code)) {
        return m;
      }
    }
    return null;
  }
}
