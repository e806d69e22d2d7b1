package org.ceasefire.people;

import java.util.List;

/** Builds person input for tests: {@code aPerson().named("Ana", "Lopez").bornOn("1999-04-02")}. */
public final class PersonTestData {

  private String first = "Test";
  private String last = "Person";
  private String dob = "1998-06-15";
  private String stateId;
  private List<String> aliases = List.of();

  public static PersonTestData aPerson() {
    return new PersonTestData();
  }

  public PersonTestData named(String first, String last) {
    this.first = first;
    this.last = last;
    return this;
  }

  public PersonTestData bornOn(String date) {
    this.dob = date;
    return this;
  }

  public PersonTestData withStateId(String id) {
    this.stateId = id;
    return this;
  }

  public PersonTestData alias(String... aliases) {
    this.aliases = List.of(aliases);
    return this;
  }

  public PersonInput input() {
    return new PersonInput(
        first, null, last, dob, "male", "black", stateId, "none", null, aliases, null);
  }
}
