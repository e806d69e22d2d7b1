package org.ceasefire.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects field problems while checking a command, then throws them together. */
public final class Validator {

  private final List<ValidationException.FieldProblem> problems = new ArrayList<>();

  public Validator require(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      problems.add(new ValidationException.FieldProblem(field, "is required", ""));
    }
    return this;
  }

  public Validator check(boolean ok, String field, String message, @Nullable Object value) {
    if (!ok) {
      problems.add(
          new ValidationException.FieldProblem(
              field, message, value == null ? "" : String.valueOf(value)));
    }
    return this;
  }

  public Validator maxLength(String field, @Nullable String value, int max) {
    return check(
        value == null || value.length() <= max, field, "is longer than " + max + " characters", "");
  }

  /**
   * An ISO date (YYYY-MM-DD) typed into {@code field}: null when blank (a problem if {@code
   * required}) or unreadable (a problem); a problem too when after {@code notAfter} (today, for
   * what has happened).
   */
  public @Nullable LocalDate date(
      String field, @Nullable String text, boolean required, @Nullable LocalDate notAfter) {
    if (text == null || text.isBlank()) {
      check(!required, field, "is required", "");
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text.strip());
      check(notAfter == null || !d.isAfter(notAfter), field, "must not be in the future", text);
      return d;
    } catch (DateTimeParseException e) {
      check(false, field, "is not a date (YYYY-MM-DD)", text);
      return null;
    }
  }

  /** The problems found so far. */
  public List<ValidationException.FieldProblem> problems() {
    return List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /** Throws a {@link ValidationException} naming every problem found, if any. */
  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }
}
