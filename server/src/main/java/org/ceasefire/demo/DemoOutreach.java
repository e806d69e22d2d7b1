package org.ceasefire.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentFilter;
import org.ceasefire.incidents.IncidentSummary;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.outreach.Outreach;
import org.ceasefire.outreach.OutreachInputs;
import org.ceasefire.outreach.OutreachReferral;
import org.ceasefire.reentry.Reentry;
import org.ceasefire.reentry.ReleaseInput;
import org.springframework.stereotype.Component;

/**
 * Outreach and reentry for the demo region, so those pages are not empty: the victims of the most
 * recent non-fatal shootings referred to the outreach partner (the demo outreach worker takes,
 * assesses and enrols some; one consents to partners knowing), and expected releases of arrestees
 * of older shootings. Made through the features' own services as the demo users; deterministic.
 */
@Component
class DemoOutreach {

  static final int REFERRALS = 6;
  static final int RELEASES = 5;

  private final Outreach outreach;
  private final Reentry reentry;
  private final Incidents incidents;
  private final Sites sites;

  DemoOutreach(Outreach outreach, Reentry reentry, Incidents incidents, Sites sites) {
    this.outreach = outreach;
    this.reentry = reentry;
    this.incidents = incidents;
    this.sites = sites;
  }

  void load(long site) {
    CeasefireUser coordinator = sites.user("coordinator").orElseThrow();
    CeasefireUser worker = sites.user("outreach").orElseThrow();
    CeasefireUser probation = sites.user("probation").orElseThrow();
    ZoneId zone = incidents.zone(site);
    LocalDate today = LocalDate.now(zone);
    List<Long> victims =
        people(site, "non_fatal_shooting", "victim", today.minusDays(20), REFERRALS, zone);
    for (int n = 0; n < victims.size(); n++) {
      long id =
          outreach.refer(
              coordinator,
              new OutreachReferral(
                  victims.get(n),
                  worker.agencyId(),
                  "custom_notification",
                  null,
                  today.minusDays(20 - n).toString()));
      if (n % 3 == 2) {
        continue; // left for a worker to take
      }
      outreach.take(worker, id, 0);
      outreach.assess(worker, id, 1, List.of("employment", "mentoring"));
      if (n % 3 == 0) {
        outreach.addService(
            worker,
            id,
            2,
            new OutreachInputs.ServiceInput(
                "employment", "City Works", today.minusDays(10 - n).toString()));
      }
      if (n == 0) {
        String name = outreach.view(worker, id).referral().personName();
        outreach.recordConsent(
            worker,
            id,
            new OutreachInputs.ConsentInput(
                name,
                "the partnership's law-enforcement agencies",
                "so partners know help was taken up",
                true,
                name,
                today.minusDays(9).toString(),
                today.plusMonths(6).toString()));
      }
    }
    List<Long> arrestees =
        people(site, "non_fatal_shooting", "arrestee", today.minusYears(1), RELEASES, zone);
    for (int n = 0; n < arrestees.size(); n++) {
      reentry.record(
          probation,
          new ReleaseInput(
              arrestees.get(n),
              n % 2 == 0 ? "MacDougall-Walker CI" : "Osborn CI",
              today.plusDays(10 + 15L * n).toString(),
              probation.agencyId(),
              "parole"));
    }
  }

  /** Distinct people in a role in incidents of a type before a day, most recent first. */
  private List<Long> people(
      long site, String type, String role, LocalDate before, int max, ZoneId zone) {
    IncidentFilter filter =
        new IncidentFilter(null, type, null, null, before.atStartOfDay(zone).toOffsetDateTime());
    List<Long> found = new ArrayList<>();
    for (IncidentSummary s : incidents.search(site, filter, 0, 200).items()) {
      for (Incident.Participant p : incidents.get(site, s.id()).participants()) {
        if (found.size() < max && p.role().equals(role) && !found.contains(p.personId())) {
          found.add(p.personId());
        }
      }
    }
    return found;
  }
}
