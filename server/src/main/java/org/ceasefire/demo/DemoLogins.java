package org.ceasefire.demo;

import java.util.List;
import org.ceasefire.access.Role;

/** One demo user per role, with the agency each belongs to. */
final class DemoLogins {

  /** The demo password, printed at start; demo only. */
  static final String PASSWORD = "ceasefire-demo-2026";

  record Login(String username, String displayName, Role role, String agency) {}

  static final List<Login> ALL =
      List.of(
          new Login("coordinator", "Dana Whitfield", Role.COORDINATOR, "US Attorney's Office"),
          new Login("analyst", "Sam Ortiz", Role.ANALYST, "State Police"),
          new Login("investigator", "Chris Doyle", Role.INVESTIGATOR, "City Police Department"),
          new Login("prosecutor", "Alex Morgan", Role.PROSECUTOR, "US Attorney's Office"),
          new Login("probation", "Jordan Reyes", Role.SUPERVISION, "Adult Probation"),
          new Login("outreach", "Taylor Brooks", Role.OUTREACH, "Community Outreach Partners"),
          new Login(
              "outreach-lead",
              "Morgan Ellis",
              Role.OUTREACH_SUPERVISOR,
              "Community Outreach Partners"),
          new Login("researcher", "Riley Chen", Role.RESEARCHER, "University Research Partner"),
          new Login("auditor", "Casey Grant", Role.AUDITOR, "US Attorney's Office"));

  static String agencyType(String agency) {
    return switch (agency) {
      case "US Attorney's Office" -> "prosecutor";
      case "State Police" -> "state_police";
      case "City Police Department" -> "local_police";
      case "Adult Probation" -> "probation_parole";
      case "Community Outreach Partners" -> "community_organisation";
      case "University Research Partner" -> "research_partner";
      default -> throw new IllegalArgumentException("unknown demo agency " + agency);
    };
  }

  private DemoLogins() {}
}
