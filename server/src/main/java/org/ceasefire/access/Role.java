package org.ceasefire.access;

import java.util.Arrays;
import java.util.Locale;

/** The partners' roles (ARCHITECTURE.md, "Access"). Stored in the database in lower case. */
public enum Role {
  COORDINATOR("Program coordinator"),
  ANALYST("Crime analyst"),
  INVESTIGATOR("Investigator"),
  PROSECUTOR("Prosecutor"),
  SUPERVISION("Probation / parole officer"),
  OUTREACH("Outreach worker"),
  OUTREACH_SUPERVISOR("Outreach supervisor"),
  RESEARCHER("Researcher"),
  AUDITOR("Auditor");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromCode(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown role: " + code));
  }
}
