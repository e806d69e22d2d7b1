package org.ceasefire.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A person known to the partnership: identity, identifiers and supervision status. */
public record Person(
    long id,
    String firstName,
    @Nullable String middleName,
    String lastName,
    @Nullable LocalDate dateOfBirth,
    @Nullable String sex,
    @Nullable String raceEthnicity,
    @Nullable String stateId,
    String supervisionStatus,
    @Nullable LocalDate supervisionUntil,
    List<String> aliases,
    int version) {

  public Person {
    aliases = List.copyOf(aliases);
  }

  public String fullName() {
    return middleName == null || middleName.isBlank()
        ? firstName + " " + lastName
        : firstName + " " + middleName + " " + lastName;
  }

  /** The fields whose changes are kept in the record's history. */
  Map<String, @Nullable Object> fields() {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("firstName", firstName);
    m.put("middleName", middleName);
    m.put("lastName", lastName);
    m.put("dateOfBirth", dateOfBirth);
    m.put("sex", sex);
    m.put("raceEthnicity", raceEthnicity);
    m.put("stateId", stateId);
    m.put("supervisionStatus", supervisionStatus);
    m.put("supervisionUntil", supervisionUntil);
    m.put("aliases", String.join(", ", aliases));
    return m;
  }
}
