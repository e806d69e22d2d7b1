package org.ceasefire.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a case stands in the pipeline. The allowed moves between them are the transition methods of
 * {@link ProsecutionCase}; this enum only names the states and which of them are still open.
 */
public enum CaseStatus {
  REFERRED("Referred"),
  SCREENING("Screening"),
  CHARGED("Charged"),
  PENDING("Pending plea or trial"),
  DISPOSED("Disposed"),
  SENTENCED("Sentenced"),
  CLOSED("Closed"),
  DECLINED("Declined");

  /** States in which the case is still before a court or a prosecutor. */
  static final Set<CaseStatus> OPEN = EnumSet.of(REFERRED, SCREENING, CHARGED, PENDING, DISPOSED);

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean open() {
    return OPEN.contains(this);
  }

  static List<String> openCodes() {
    return OPEN.stream().map(CaseStatus::code).toList();
  }

  public static CaseStatus fromCode(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown case status: " + code));
  }
}
