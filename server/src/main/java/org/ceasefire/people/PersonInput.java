package org.ceasefire.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to create or edit a person, as typed (text), so every problem can be shown
 * next to its field. {@link #validate()} turns it into checked values or throws naming each field.
 */
public record PersonInput(
    @Nullable String firstName,
    @Nullable String middleName,
    @Nullable String lastName,
    @Nullable String dateOfBirth,
    @Nullable String sex,
    @Nullable String raceEthnicity,
    @Nullable String stateId,
    @Nullable String supervisionStatus,
    @Nullable String supervisionUntil,
    @Nullable List<String> aliases,
    @Nullable Integer version) {

  static final Set<String> SEXES = Set.of("female", "male", "other", "unknown");
  static final List<String> RACES =
      List.of(
          "black",
          "hispanic",
          "white",
          "asian",
          "native_american",
          "pacific_islander",
          "multiple",
          "other",
          "unknown");
  static final List<String> SUPERVISION = List.of("none", "probation", "parole", "pretrial");

  /** The checked values of a person. */
  record Checked(
      String firstName,
      @Nullable String middleName,
      String lastName,
      @Nullable LocalDate dateOfBirth,
      @Nullable String sex,
      @Nullable String raceEthnicity,
      @Nullable String stateId,
      String supervisionStatus,
      @Nullable LocalDate supervisionUntil,
      List<String> aliases) {

    Checked withSupervision(String status, @Nullable LocalDate until) {
      return new Checked(
          firstName,
          middleName,
          lastName,
          dateOfBirth,
          sex,
          raceEthnicity,
          stateId,
          status,
          until,
          aliases);
    }
  }

  Checked validate(LocalDate today) {
    Validator v = new Validator();
    v.require("firstName", firstName).maxLength("firstName", firstName, 100);
    v.require("lastName", lastName).maxLength("lastName", lastName, 100);
    v.maxLength("middleName", middleName, 100);
    LocalDate dob = v.date("dateOfBirth", dateOfBirth, false, null);
    if (dob != null) {
      v.check(dob.isAfter(LocalDate.of(1900, 1, 1)), "dateOfBirth", "must be after 1900", dob);
      v.check(!dob.isAfter(today), "dateOfBirth", "must not be in the future", dob);
    }
    v.check(blank(sex) || SEXES.contains(sex), "sex", "must be one of " + SEXES, sex);
    v.check(
        blank(raceEthnicity) || RACES.contains(raceEthnicity),
        "raceEthnicity",
        "must be one of " + RACES,
        raceEthnicity);
    v.check(
        blank(supervisionStatus) || SUPERVISION.contains(supervisionStatus),
        "supervisionStatus",
        "must be one of " + SUPERVISION,
        supervisionStatus);
    LocalDate until = v.date("supervisionUntil", supervisionUntil, false, null);
    String status = blank(supervisionStatus) ? "none" : supervisionStatus;
    v.check(
        until == null || !status.equals("none"),
        "supervisionUntil",
        "is only for a person under supervision",
        until);
    v.maxLength("stateId", stateId, 40);
    List<String> cleanAliases = cleanAliases();
    for (String alias : cleanAliases) {
      v.maxLength("aliases", alias, 100);
    }
    v.throwIfInvalid();
    return new Checked(
        firstName.trim(),
        trimOrNull(middleName),
        lastName.trim(),
        dob,
        trimOrNull(sex),
        trimOrNull(raceEthnicity),
        trimOrNull(stateId),
        status,
        until,
        cleanAliases);
  }

  private List<String> cleanAliases() {
    if (aliases == null) {
      return List.of();
    }
    return aliases.stream()
        .flatMap(a -> Arrays.stream(a.split(",")))
        .map(String::trim)
        .filter(a -> !a.isEmpty())
        .distinct()
        .toList();
  }

  static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  static @Nullable String trimOrNull(@Nullable String s) {
    return blank(s) ? null : s.trim();
  }

  /** The form for an existing person, to edit. */
  static PersonInput of(Person p) {
    return new PersonInput(
        p.firstName(),
        p.middleName(),
        p.lastName(),
        p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
        p.sex(),
        p.raceEthnicity(),
        p.stateId(),
        p.supervisionStatus(),
        p.supervisionUntil() == null ? null : p.supervisionUntil().toString(),
        p.aliases(),
        p.version());
  }

  static PersonInput empty() {
    return new PersonInput(null, null, null, null, null, null, null, "none", null, List.of(), null);
  }
}
