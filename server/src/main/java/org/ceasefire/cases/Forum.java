package org.ceasefire.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which prosecutor takes a gun case, as state and federal prosecutors decide together. */
public enum Forum {
  STATE,
  FEDERAL,
  BOTH,
  DECLINED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static List<String> codes() {
    return Arrays.stream(values()).map(Forum::code).toList();
  }

  static Optional<Forum> parse(String code) {
    return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
  }

  /** Whether a charge in {@code chargeForum} (state or federal) fits this decision. */
  boolean admits(Forum chargeForum) {
    return this == BOTH ? chargeForum != DECLINED && chargeForum != BOTH : this == chargeForum;
  }

  boolean federal() {
    return this == FEDERAL || this == BOTH;
  }
}
