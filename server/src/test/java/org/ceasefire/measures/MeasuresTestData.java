package org.ceasefire.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupInput;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.MembershipInput;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.incidents.FirearmInput;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.ParticipantInput;
import org.ceasefire.interventions.CallIn;
import org.ceasefire.interventions.CallIns;
import org.ceasefire.interventions.CustomNotification;
import org.ceasefire.interventions.InterventionInputs;
import org.ceasefire.interventions.InvitationList;
import org.ceasefire.interventions.Notifications;
import org.ceasefire.outreach.Outreach;
import org.ceasefire.outreach.OutreachInputs;
import org.ceasefire.outreach.OutreachReferral;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.people.PersonInput;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.TestSites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small site whose measures are counted by hand (docs/measures.md has the definitions). Month
 * {@link #month} (two months ago) and the month before it:
 *
 * <pre>
 * New Haven (area Test Green), month M:
 *   day 10 homicide in Test Green: victim Ana (fatal, 16, female, black, group member),
 *          suspect Cal (notified the day before)                       → group-involved
 *   day 12 non-fatal shooting in Test Green: victim Ben (30, male, hispanic, member),
 *          victim Cal with injury none (not a victim hit)                → group-involved
 *   day 15 non-fatal shooting, no area: victim Dee (no date of birth, sex and race unknown),
 *          suspect Eli (entry pending, not approved)                    → not group-involved
 *   day 16 shots fired in Test Green; day 17 a robbery (no measure)
 *   day 20 firearm seizure in Test Green with two guns
 *   day 8  call-in held: Ben attended, Ana invited but absent
 *   day 9  custom notification delivered to Cal (group Elm Street, of New Haven);
 *          one to Dee refused
 *   day 11 Ben starts a service (referred from the call-in)
 * Hamden (area Hamden Plains), month M:
 *   day 5  homicide in Hamden Plains: victim Cal (fatal, 50, male, white),
 *          suspect Fay (entry past its review date)                     → not group-involved
 *   a call-in planned, not held
 * New Haven, month M − 1:
 *   day 5  non-fatal shooting in Test Green: victim Ana                 → group-involved
 * </pre>
 */
public final class MeasuresTestData {

  public final TestSites.TestSite site;
  public final YearMonth month;
  public final long newHaven;
  public final long hamden;
  public final long testGreen;
  public final long hamdenPlains;
  public final CriminalGroup elmStreet;
  public final Person ana;
  public final Person ben;
  public final Person cal;
  public final Person dee;
  public final Person eli;
  public final Person fay;
  public final CeasefireUser worker;

  private final CeasefireUser analyst;
  private final CeasefireUser investigator;
  private final CeasefireUser coordinator;
  private final Incidents incidents;

  /** The services a test needs to build the site. */
  public record Parts(
      Sites sites,
      Places places,
      People people,
      Groups groups,
      MembershipLifecycle lifecycle,
      Incidents incidents,
      CallIns callIns,
      InvitationList invitations,
      Notifications notifications,
      Outreach outreach,
      JdbcClient jdbc) {
    /** The parts as the application context holds them. */
    public static Parts of(org.springframework.context.ApplicationContext context) {
      return new Parts(
          context.getBean(Sites.class),
          context.getBean(Places.class),
          context.getBean(People.class),
          context.getBean(Groups.class),
          context.getBean(MembershipLifecycle.class),
          context.getBean(Incidents.class),
          context.getBean(CallIns.class),
          context.getBean(InvitationList.class),
          context.getBean(Notifications.class),
          context.getBean(Outreach.class),
          context.getBean(JdbcClient.class));
    }
  }

  public MeasuresTestData(Parts parts) {
    this(parts, YearMonth.now().minusMonths(2));
  }

  public MeasuresTestData(Parts parts, YearMonth month) {
    this.month = month;
    this.incidents = parts.incidents();
    site = TestSites.create(parts.sites());
    analyst = site.user(Role.ANALYST);
    investigator = site.user(Role.INVESTIGATOR);
    coordinator = site.user(Role.COORDINATOR);
    PlacesTestData.City nh = PlacesTestData.newHaven(parts.places(), site.id());
    newHaven = nh.jurisdictionId();
    testGreen = nh.areaId();
    hamden = parts.places().createJurisdiction(site.id(), "Hamden", "CT", -72.9, 41.38, 61_000);
    hamdenPlains =
        parts
            .places()
            .createArea(
                site.id(),
                hamden,
                "neighbourhood",
                "Hamden Plains",
                "{\"type\":\"Polygon\",\"coordinates\":[[[-72.91,41.37],[-72.89,41.37],"
                    + "[-72.89,41.39],[-72.91,41.39],[-72.91,41.37]]]}");
    LocalDate first = month.atDay(1);
    People people = parts.people();
    ana = people.create(analyst, person("Ana", first.minusYears(16), "female", "black"));
    ben = people.create(analyst, person("Ben", first.minusYears(30), "male", "hispanic"));
    cal = people.create(analyst, person("Cal", first.minusYears(50), "male", "white"));
    dee = people.create(analyst, person("Dee", null, "unknown", "unknown"));
    eli = people.create(analyst, person("Eli", first.minusYears(25), "male", "black"));
    fay = people.create(analyst, person("Fay", first.minusYears(27), "female", "black"));
    elmStreet =
        parts
            .groups()
            .create(
                analyst,
                new GroupInput("Elm Street", "street_gang", "active", newHaven, null, null));
    long anaEntry = entry(parts, ana);
    parts.lifecycle().approve(investigator, anaEntry);
    parts.lifecycle().approve(investigator, entry(parts, ben));
    entry(parts, eli); // pending
    parts.lifecycle().approve(investigator, entry(parts, fay));
    parts
        .jdbc()
        .sql(
            "update membership set review_date = current_date - 1"
                + " where site_id = :site and person_id = :person")
        .param("site", site.id())
        .param("person", fay.id())
        .update();

    Incident homicide = incident("homicide", 10, newHaven, testGreen);
    participant(homicide, ana, "victim", "fatal");
    participant(homicide, cal, "suspect", null);
    Incident shooting = incident("non_fatal_shooting", 12, newHaven, testGreen);
    participant(shooting, ben, "victim", "non_fatal");
    participant(shooting, cal, "victim", "none");
    Incident unlocated = incident("non_fatal_shooting", 15, newHaven, null);
    participant(unlocated, dee, "victim", "non_fatal");
    participant(unlocated, eli, "suspect", null);
    incident("shots_fired", 16, newHaven, testGreen);
    incident("robbery", 17, newHaven, testGreen);
    Incident seizure = incident("firearm_seizure", 20, newHaven, testGreen);
    incidents.addFirearm(
        investigator, seizure.id(), new FirearmInput("pistol", "Glock", "19", "9mm", "X1"));
    incidents.addFirearm(
        investigator, seizure.id(), new FirearmInput("rifle", null, null, null, null));
    Incident hamdenHomicide = incident("homicide", 5, hamden, hamdenPlains);
    participant(hamdenHomicide, cal, "victim", "fatal");
    participant(hamdenHomicide, fay, "suspect", null);
    Incident before =
        incidents.create(
            investigator,
            new IncidentInput(
                null,
                "non_fatal_shooting",
                month.minusMonths(1).atDay(5) + "T21:00",
                null,
                null,
                null,
                newHaven,
                testGreen,
                null,
                null));
    participant(before, ana, "victim", "non_fatal");

    CallIn callIn = callIn(parts, 8, newHaven);
    parts
        .invitations()
        .add(coordinator, callIn.id(), new InterventionInputs.InvitationInput(ben.id()));
    parts
        .invitations()
        .add(coordinator, callIn.id(), new InterventionInputs.InvitationInput(ana.id()));
    var listed = parts.invitations().of(coordinator, callIn.id());
    for (var p : listed) {
      step(parts, callIn.id(), p.invitation().id(), "invite");
    }
    CallIn held =
        parts
            .callIns()
            .step(
                coordinator,
                callIn.id(),
                new InterventionInputs.CallInStep(
                    "hold",
                    List.of("community", "law_enforcement", "offer_of_help"),
                    callIn.version()));
    for (var p : parts.invitations().of(coordinator, held.id())) {
      step(
          parts,
          held.id(),
          p.invitation().id(),
          p.invitation().personId() == ben.id() ? "attended" : "absent");
    }
    callIn(parts, 6, hamden); // planned, never held
    notification(parts, cal, elmStreet.id(), 9, "delivered");
    notification(parts, dee, null, 9, "refused");

    long provider =
        parts.sites().createAgency(site.id(), "Sunrise Outreach", "community_organisation");
    String username = (site.code() + "-sunrise").replace('_', '-');
    long workerId =
        parts
            .sites()
            .createUser(
                site.id(), username, "Sunrise worker", TestSites.PASSWORD, Role.OUTREACH, provider);
    worker =
        new CeasefireUser(
            site.id(),
            workerId,
            username,
            "Sunrise worker",
            Role.OUTREACH,
            provider,
            "Sunrise Outreach",
            "",
            true,
            false);
    long referral =
        parts
            .outreach()
            .refer(
                coordinator,
                new OutreachReferral(
                    ben.id(), provider, "call_in", held.id(), month.atDay(9).toString()));
    parts.outreach().take(worker, referral, 0);
    parts
        .outreach()
        .addService(
            worker,
            referral,
            parts.outreach().view(worker, referral).referral().version(),
            new OutreachInputs.ServiceInput(
                "employment", "City Works", month.atDay(11).toString()));
  }

  private static PersonInput person(
      String first, @Nullable LocalDate born, String sex, String race) {
    return new PersonInput(
        first,
        null,
        "Measure",
        born == null ? null : born.toString(),
        sex,
        race,
        null,
        "none",
        null,
        List.of(),
        null);
  }

  private long entry(Parts parts, Person p) {
    return parts
        .groups()
        .addMember(
            analyst,
            elmStreet.id(),
            new MembershipInput(p.id(), "member", List.of("self_admission"), "FI card 12", null))
        .id();
  }

  private Incident incident(String type, int day, long city, @Nullable Long area) {
    return incidents.create(
        investigator,
        new IncidentInput(
            null, type, month.atDay(day) + "T21:00", null, null, null, city, area, null, null));
  }

  private void participant(Incident i, Person p, String role, @Nullable String injury) {
    incidents.addParticipant(investigator, i.id(), new ParticipantInput(p.id(), role, injury));
  }

  private CallIn callIn(Parts parts, int day, long city) {
    return parts
        .callIns()
        .plan(
            coordinator,
            new InterventionInputs.CallInInput(
                month.atDay(day).toString(),
                "Church of the Redeemer",
                city,
                List.of(elmStreet.id()),
                null,
                null));
  }

  private void step(Parts parts, long callIn, long invitation, String action) {
    int version =
        parts.invitations().of(coordinator, callIn).stream()
            .filter(p -> p.invitation().id() == invitation)
            .findFirst()
            .orElseThrow()
            .invitation()
            .version();
    parts
        .invitations()
        .step(
            coordinator,
            callIn,
            invitation,
            new InterventionInputs.InvitationStep(action, version));
  }

  private void notification(Parts parts, Person p, @Nullable Long group, int day, String outcome) {
    CustomNotification n =
        parts
            .notifications()
            .plan(
                coordinator,
                new InterventionInputs.NotificationInput(
                    p.id(),
                    group,
                    month.atDay(day).toString(),
                    "Officer Reyes",
                    null,
                    null,
                    "shooting review",
                    null,
                    null,
                    null));
    parts
        .notifications()
        .recordOutcome(
            coordinator,
            n.id(),
            new InterventionInputs.OutcomeInput(
                outcome,
                month.atDay(day).toString(),
                outcome.equals("delivered") ? "Stop the shooting" : null,
                false,
                n.version()));
  }
}
