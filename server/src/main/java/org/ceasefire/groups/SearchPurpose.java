package org.ceasefire.groups;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a user searches intelligence; asked before every group search and kept in the audit trail
 * (SECURITY-CHECKLIST C3). The list has no immigration, employment, housing or military screening
 * purpose: those uses are prohibited (D11), so they cannot be chosen.
 */
public enum SearchPurpose {
  CRIMINAL_INVESTIGATION("Criminal investigation"),
  SHOOTING_REVIEW("Shooting review"),
  CALL_IN_PREPARATION("Call-in or custom notification preparation"),
  VIOLENCE_PREVENTION("Violence prevention (retaliation risk)"),
  PROSECUTION("Prosecution"),
  SUPERVISION("Probation or parole supervision"),
  REVIEW_AND_VALIDATION("Review and validation of entries");

  private final String label;

  SearchPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SearchPurpose> of(String code) {
    return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
  }
}
