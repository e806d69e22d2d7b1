package org.ceasefire.cases;

import java.util.List;

/** Builds case input for tests: {@code aCase().of(personId).referredBy(agencyId).in(cityId)}. */
final class CaseTestData {

  private static int counter;
  private String number = "CR-26-" + (++counter);
  private long defendant;
  private long agency;
  private long city;
  private String referredOn = "2026-01-05";
  private String referralNumber = "NH-26-0042";
  private List<Long> incidents = List.of();

  static CaseTestData aCase() {
    return new CaseTestData();
  }

  CaseTestData numbered(String number) {
    this.number = number;
    return this;
  }

  CaseTestData of(long personId) {
    this.defendant = personId;
    return this;
  }

  CaseTestData referredBy(long agencyId) {
    this.agency = agencyId;
    return this;
  }

  CaseTestData in(long cityId) {
    this.city = cityId;
    return this;
  }

  CaseTestData referredOn(String date) {
    this.referredOn = date;
    return this;
  }

  CaseTestData from(Long... incidentIds) {
    this.incidents = List.of(incidentIds);
    return this;
  }

  CaseInput input() {
    return new CaseInput(
        number,
        defendant,
        agency,
        referralNumber,
        city,
        referredOn,
        null,
        true,
        "in_custody",
        incidents,
        null);
  }
}
