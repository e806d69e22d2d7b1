package org.ceasefire.people;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person as the API shows them. Supervision fields are filled only for roles that may read the
 * SUPERVISION compartment.
 */
public record PersonResponse(
    long id,
    String firstName,
    @Nullable String middleName,
    String lastName,
    @Nullable LocalDate dateOfBirth,
    @Nullable String sex,
    @Nullable String raceEthnicity,
    @Nullable String stateId,
    List<String> aliases,
    @Nullable String supervisionStatus,
    @Nullable LocalDate supervisionUntil,
    int version) {

  static PersonResponse from(Person p, boolean showSupervision) {
    return new PersonResponse(
        p.id(),
        p.firstName(),
        p.middleName(),
        p.lastName(),
        p.dateOfBirth(),
        p.sex(),
        p.raceEthnicity(),
        p.stateId(),
        p.aliases(),
        showSupervision ? p.supervisionStatus() : null,
        showSupervision ? p.supervisionUntil() : null,
        p.version());
  }

  /** A row of a list as the API shows it. */
  public record Row(
      long id,
      String name,
      @Nullable LocalDate dateOfBirth,
      @Nullable String stateId,
      @Nullable String aliases,
      @Nullable String supervisionStatus) {

    static Row from(PersonSummary s, boolean showSupervision) {
      return new Row(
          s.id(),
          s.name(),
          s.dateOfBirth(),
          s.stateId(),
          s.aliases(),
          showSupervision ? s.supervisionStatus() : null);
    }
  }
}
