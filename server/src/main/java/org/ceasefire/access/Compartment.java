package org.ceasefire.access;

/**
 * Where a record or page sits. The seven compartments of ARCHITECTURE.md, plus {@link #IDENTITY}
 * (who a person is: names, date of birth, identifiers), {@link #ADMINISTRATION} (users, agencies,
 * places), {@link #AUDIT} (the audit trail), {@link #RESEARCH} (de-identified person-level extracts
 * for the evaluation partner) and {@link #PUBLIC} (no login: the login page, the transparency
 * page).
 */
public enum Compartment {
  INTELLIGENCE,
  INVESTIGATIVE,
  PROSECUTION,
  SUPERVISION,
  INTERVENTION,
  OUTREACH,
  AGGREGATE,
  IDENTITY,
  ADMINISTRATION,
  AUDIT,
  RESEARCH,
  ACCOUNT,
  PUBLIC
}
