package org.ceasefire.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.cases.CaseChanges;
import org.ceasefire.cases.CaseInput;
import org.ceasefire.cases.CaseSteps.AdoptionInput;
import org.ceasefire.cases.CaseSteps.ChargeInput;
import org.ceasefire.cases.CaseSteps.DispositionInput;
import org.ceasefire.cases.CaseSteps.EventInput;
import org.ceasefire.cases.CaseSteps.ForumInput;
import org.ceasefire.cases.CaseSteps.SentenceInput;
import org.ceasefire.cases.CaseSteps.TransitionInput;
import org.ceasefire.cases.ProsecutionCase;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentFilter;
import org.ceasefire.incidents.IncidentSummary;
import org.ceasefire.incidents.Incidents;
import org.springframework.stereotype.Component;

/**
 * A handful of prosecution cases for the demo region, so the case pages are not empty: the
 * arrestees of the most recent firearm seizures at least two months old, each case taken a
 * different distance down the pipeline (referred, screening, charged in state court, pending in
 * federal court, sentenced). Made through the cases feature's own service as the demo prosecutor,
 * so every rule holds; the choice depends only on the generated region, so it is deterministic.
 */
@Component
class DemoCases {

  static final int CASES = 10;

  private final CaseChanges changes;
  private final Incidents incidents;
  private final Sites sites;

  DemoCases(CaseChanges changes, Incidents incidents, Sites sites) {
    this.changes = changes;
    this.incidents = incidents;
    this.sites = sites;
  }

  void load(long site, String prosecutorUsername, String policeAgency) {
    CeasefireUser prosecutor = sites.user(prosecutorUsername).orElseThrow();
    long police =
        sites.agencies(site).stream()
            .filter(a -> a.name().equals(policeAgency))
            .findFirst()
            .orElseThrow()
            .id();
    ZoneId zone = incidents.zone(site);
    LocalDate today = LocalDate.now(zone);
    IncidentFilter seizures =
        new IncidentFilter(
            null,
            "firearm_seizure",
            null,
            null,
            today.minusDays(60).atStartOfDay(zone).toOffsetDateTime());
    List<Long> seen = new ArrayList<>();
    int made = 0;
    for (IncidentSummary s : incidents.search(site, seizures, 0, 200).items()) {
      Incident seizure = incidents.get(site, s.id());
      for (Incident.Participant p : seizure.participants()) {
        if (made == CASES || !p.role().equals("arrestee") || seen.contains(p.personId())) {
          continue;
        }
        seen.add(p.personId());
        LocalDate arrested = s.occurredAt().atZoneSameInstant(zone).toLocalDate();
        advance(
            prosecutor,
            open(prosecutor, police, seizure, p, arrested, made),
            arrested,
            made,
            today);
        made++;
      }
    }
  }

  private ProsecutionCase open(
      CeasefireUser prosecutor,
      long police,
      Incident seizure,
      Incident.Participant p,
      LocalDate arrested,
      int n) {
    return changes.open(
        prosecutor,
        new CaseInput(
            String.format("DEMO-CR-%03d", n + 1),
            p.personId(),
            police,
            seizure.reportNumber(),
            seizure.jurisdictionId(),
            arrested.plusDays(2).toString(),
            arrested.toString(),
            true,
            n % 2 == 0 ? "in_custody" : "released_on_bond",
            List.of(seizure.id()),
            null));
  }

  /** Takes case number {@code n} a different distance down the pipeline. */
  private void advance(
      CeasefireUser u, ProsecutionCase c, LocalDate arrested, int n, LocalDate today) {
    int stage = n % 5;
    if (stage == 0) {
      return;
    }
    c =
        changes.transition(
            u, c.id(), new TransitionInput("screen", day(arrested, 5), null, c.version()));
    if (stage == 1) {
      return;
    }
    boolean federal = stage >= 3;
    c =
        changes.decideForum(
            u,
            c.id(),
            new ForumInput(
                federal ? "federal" : "state",
                federal
                    ? "prior felony convictions; federal sentencing exposure under § 924(e)"
                    : "first offence; state firearm charge with mandatory minimum",
                day(arrested, 12),
                c.version()));
    if (federal) {
      c = changes.adopt(u, c.id(), new AdoptionInput(day(arrested, 14), c.version()));
    }
    c =
        changes.addCharge(
            u,
            c.id(),
            federal
                ? new ChargeInput(
                    "federal",
                    "18 U.S.C. § 922(g)(1)",
                    "Possession of a firearm by a prohibited person",
                    1,
                    "Class C felony",
                    day(arrested, 20),
                    c.version())
                : new ChargeInput(
                    "state",
                    "CGS § 53a-217",
                    "Criminal possession of a firearm",
                    1,
                    "Class C felony",
                    day(arrested, 20),
                    c.version()));
    c =
        changes.transition(
            u, c.id(), new TransitionInput("charge", day(arrested, 20), null, c.version()));
    if (stage == 2) {
      changes.schedule(
          u,
          c.id(),
          new EventInput("arraignment", today.plusDays(7 + n).toString(), null, null, c.version()));
      return;
    }
    c =
        changes.transition(
            u,
            c.id(),
            new TransitionInput("await_plea_or_trial", day(arrested, 30), null, c.version()));
    if (stage == 3) {
      changes.schedule(
          u,
          c.id(),
          new EventInput(
              "trial",
              today.plusDays(14 + n).toString(),
              "U.S. District Court",
              null,
              c.version()));
      return;
    }
    c =
        changes.disposeCharge(
            u,
            c.id(),
            c.charges().get(0).id(),
            new DispositionInput("plea_guilty", day(arrested, 45), c.version()));
    c =
        changes.transition(
            u, c.id(), new TransitionInput("dispose", day(arrested, 45), null, c.version()));
    changes.sentence(
        u, c.id(), new SentenceInput(day(arrested, 55), 37, 36, "supervised_release", c.version()));
  }

  /** {@code days} after the arrest: at least two months ago, so never in the future. */
  private static String day(LocalDate arrested, int days) {
    return arrested.plusDays(days).toString();
  }
}
