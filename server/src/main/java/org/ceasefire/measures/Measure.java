package org.ceasefire.measures;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ceasefire.platform.ValidationException;

/**
 * A performance measure, counted per city and month. Each is defined in docs/measures.md; the code
 * is what the CSV and the API call it. Measures counted from incidents are also counted by area
 * ({@link #byArea}); the program's work has no area. {@link #PUBLISHED} are the measures of the
 * public transparency page.
 */
public enum Measure {
  HOMICIDES("Homicides", Kind.VIOLENCE),
  SHOOTINGS("Shootings, fatal and non-fatal", Kind.VIOLENCE),
  NON_FATAL_SHOOTINGS("Non-fatal shootings", Kind.VIOLENCE),
  SHOTS_FIRED("Shots fired, no one hit", Kind.VIOLENCE),
  GROUP_HOMICIDES("Group-member-involved homicides", Kind.GROUPS),
  GROUP_SHOOTINGS("Group-member-involved shootings, fatal and non-fatal", Kind.GROUPS),
  VICTIMS("Shooting victims", Kind.VICTIMS),
  VICTIMS_UNDER_18("Victims under 18", Kind.VICTIMS_AGE),
  VICTIMS_18_24("Victims aged 18–24", Kind.VICTIMS_AGE),
  VICTIMS_25_34("Victims aged 25–34", Kind.VICTIMS_AGE),
  VICTIMS_35_PLUS("Victims aged 35 or older", Kind.VICTIMS_AGE),
  VICTIMS_AGE_UNKNOWN("Victims of unknown age", Kind.VICTIMS_AGE),
  VICTIMS_FEMALE("Female victims", Kind.VICTIMS_SEX),
  VICTIMS_MALE("Male victims", Kind.VICTIMS_SEX),
  VICTIMS_SEX_OTHER_OR_UNKNOWN("Victims of other or unknown sex", Kind.VICTIMS_SEX),
  VICTIMS_BLACK("Black victims", Kind.VICTIMS_RACE),
  VICTIMS_HISPANIC("Hispanic victims", Kind.VICTIMS_RACE),
  VICTIMS_WHITE("White victims", Kind.VICTIMS_RACE),
  VICTIMS_ASIAN("Asian victims", Kind.VICTIMS_RACE),
  VICTIMS_OTHER_RACE("Victims of another or multiple races", Kind.VICTIMS_RACE),
  VICTIMS_RACE_UNKNOWN("Victims of unknown race or ethnicity", Kind.VICTIMS_RACE),
  FIREARMS_SEIZED("Firearms seized", Kind.FIREARMS),
  CALL_INS_HELD("Call-ins held", Kind.PROGRAM),
  PEOPLE_NOTIFIED("People notified", Kind.PROGRAM),
  SERVICES_ACCEPTED("Services accepted", Kind.PROGRAM),
  PEOPLE_FIRST_NOTIFIED("People notified for the first time", Kind.REOFFENDING),
  NOTIFIED_REOFFENDED("Of them, suspect or arrested since", Kind.REOFFENDING);

  /** What a measure counts, for grouping on pages and in reports. */
  public enum Kind {
    VIOLENCE("Violence"),
    GROUPS("Group-member involvement"),
    VICTIMS("Victims"),
    VICTIMS_AGE("Victims by age"),
    VICTIMS_SEX("Victims by sex"),
    VICTIMS_RACE("Victims by race and ethnicity"),
    FIREARMS("Firearms"),
    PROGRAM("The program's work"),
    REOFFENDING("Re-offending among notified people");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The measures of the public page: incident counts that add up to nothing else published. */
  public static final List<Measure> PUBLISHED =
      List.of(HOMICIDES, NON_FATAL_SHOOTINGS, SHOTS_FIRED, FIREARMS_SEIZED);

  private final String label;
  private final Kind kind;

  Measure(String label, Kind kind) {
    this.label = label;
    this.kind = kind;
  }

  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  /** The code of the CSV and the API: {@code non_fatal_shootings}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether it is counted from incidents, which carry an area. */
  public boolean byArea() {
    return kind != Kind.PROGRAM && kind != Kind.REOFFENDING;
  }

  /**
   * Whether it is counted from outreach records (walled off from law enforcement): small counts are
   * suppressed for viewers who may not read the OUTREACH compartment.
   */
  public boolean fromOutreach() {
    return this == SERVICES_ACCEPTED;
  }

  /** The measure with this code, or a {@link ValidationException} on {@code field}. */
  public static Measure ofCode(String field, String code) {
    return Arrays.stream(values())
        .filter(m -> m.code().equals(code.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                ValidationException.of(
                    field,
                    "is not a measure (one of "
                        + String.join(", ", Arrays.stream(values()).map(Measure::code).toList())
                        + ")",
                    code));
  }
}
