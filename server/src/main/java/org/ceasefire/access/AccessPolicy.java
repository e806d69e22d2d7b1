package org.ceasefire.access;

import static org.ceasefire.access.Role.ANALYST;
import static org.ceasefire.access.Role.AUDITOR;
import static org.ceasefire.access.Role.COORDINATOR;
import static org.ceasefire.access.Role.INVESTIGATOR;
import static org.ceasefire.access.Role.OUTREACH;
import static org.ceasefire.access.Role.OUTREACH_SUPERVISOR;
import static org.ceasefire.access.Role.PROSECUTOR;
import static org.ceasefire.access.Role.SUPERVISION;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ceasefire.platform.AccessDeniedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that says which role may read or write which compartment (ARCHITECTURE.md,
 * "Access"). Every endpoint and page asks it through {@link Guarded}; services ask it before
 * showing a section of a record that sits in another compartment.
 *
 * <p>Outreach workers are not given {@link Compartment#IDENTITY}: they see people only through
 * their own caseload ({@link #inCaseload}), the record-level rule of the OUTREACH compartment.
 */
@Component
public final class AccessPolicy {

  private static final Map<Compartment, Set<Role>> READ = new EnumMap<>(Compartment.class);
  private static final Map<Compartment, Set<Role>> WRITE = new EnumMap<>(Compartment.class);

  static {
    grant(READ, Compartment.INTELLIGENCE, ANALYST, INVESTIGATOR, PROSECUTOR, COORDINATOR);
    grant(WRITE, Compartment.INTELLIGENCE, ANALYST, INVESTIGATOR);
    grant(READ, Compartment.INVESTIGATIVE, ANALYST, INVESTIGATOR, PROSECUTOR, COORDINATOR);
    grant(WRITE, Compartment.INVESTIGATIVE, ANALYST, INVESTIGATOR);
    grant(READ, Compartment.PROSECUTION, PROSECUTOR, INVESTIGATOR, COORDINATOR, ANALYST);
    grant(WRITE, Compartment.PROSECUTION, PROSECUTOR);
    grant(READ, Compartment.SUPERVISION, SUPERVISION, COORDINATOR, ANALYST);
    grant(WRITE, Compartment.SUPERVISION, SUPERVISION);
    grant(
        READ, Compartment.INTERVENTION, COORDINATOR, SUPERVISION, INVESTIGATOR, ANALYST, OUTREACH);
    grant(WRITE, Compartment.INTERVENTION, COORDINATOR, SUPERVISION, OUTREACH);
    grant(READ, Compartment.OUTREACH, OUTREACH, OUTREACH_SUPERVISOR);
    grant(WRITE, Compartment.OUTREACH, OUTREACH);
    grant(READ, Compartment.AGGREGATE, Role.values());
    grant(WRITE, Compartment.AGGREGATE);
    grant(READ, Compartment.IDENTITY, COORDINATOR, ANALYST, INVESTIGATOR, PROSECUTOR, SUPERVISION);
    grant(WRITE, Compartment.IDENTITY, COORDINATOR, ANALYST, INVESTIGATOR, SUPERVISION);
    grant(READ, Compartment.ADMINISTRATION, COORDINATOR);
    grant(WRITE, Compartment.ADMINISTRATION, COORDINATOR);
    grant(READ, Compartment.AUDIT, AUDITOR);
    grant(WRITE, Compartment.AUDIT);
    // de-identified extracts: the research partner, and the coordinator who answers for them
    grant(READ, Compartment.RESEARCH, Role.RESEARCHER, COORDINATOR);
    grant(WRITE, Compartment.RESEARCH);
    grant(READ, Compartment.ACCOUNT, Role.values());
    grant(WRITE, Compartment.ACCOUNT, Role.values());
    grant(READ, Compartment.PUBLIC, Role.values());
    grant(WRITE, Compartment.PUBLIC);
    for (Compartment c : Compartment.values()) {
      if (!READ.containsKey(c) || !WRITE.containsKey(c)) {
        throw new IllegalStateException("no policy for compartment " + c);
      }
    }
  }

  private static void grant(Map<Compartment, Set<Role>> table, Compartment c, Role... roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    set.addAll(java.util.List.of(roles));
    table.put(c, set);
  }

  /**
   * Whether {@code role} may do {@code action} in {@code compartment}. A missing role (an anonymous
   * visitor) may only read {@link Compartment#PUBLIC}.
   */
  public boolean permits(@Nullable Role role, Compartment compartment, Action action) {
    if (role == null) {
      return compartment == Compartment.PUBLIC && action == Action.READ;
    }
    return (action == Action.READ ? READ : WRITE).get(compartment).contains(role);
  }

  public boolean canRead(@Nullable Role role, Compartment compartment) {
    return permits(role, compartment, Action.READ);
  }

  public boolean canWrite(@Nullable Role role, Compartment compartment) {
    return permits(role, compartment, Action.WRITE);
  }

  /** Roles that see the status of prosecution cases their own agency referred (see below). */
  private static final Set<Role> REFERRERS =
      EnumSet.of(COORDINATOR, ANALYST, INVESTIGATOR, PROSECUTOR, SUPERVISION);

  /**
   * Whether a user in the agency that referred a prosecution case sees that case's status and dates
   * (never its charges or defendant) in their inbox, even when their role may not read {@link
   * Compartment#PROSECUTION}: the law-enforcement and supervision roles that refer cases. Outreach
   * workers, researchers and auditors never do, whatever their agency.
   */
  public boolean seesStatusOfReferredCases(@Nullable Role role) {
    return role != null && REFERRERS.contains(role);
  }

  /**
   * Whether an outreach referral is in the viewer's caseload, the record-level rule of the OUTREACH
   * compartment: an outreach worker's own referrals, and those of their agency no worker has taken
   * yet; an outreach supervisor's agency's referrals; nobody else's, whatever their role.
   */
  public boolean inCaseload(CeasefireUser viewer, long providerAgencyId, @Nullable Long workerId) {
    return switch (viewer.role()) {
      case OUTREACH ->
          (workerId != null && workerId == viewer.id())
              || (workerId == null && providerAgencyId == viewer.agencyId());
      case OUTREACH_SUPERVISOR -> providerAgencyId == viewer.agencyId();
      default -> false;
    };
  }

  /**
   * Whether a role that reads {@link Compartment#INTERVENTION} sees its person-level records
   * (invitations, attendance, custom notifications, outcomes per person). Outreach workers will see
   * only the people referred to them, a row rule that comes with the outreach feature; until then
   * they see call-ins, groups and enforcement actions but no person.
   */
  public boolean seesPeopleInInterventions(@Nullable Role role) {
    return canRead(role, Compartment.INTERVENTION) && role != OUTREACH;
  }

  /**
   * Whether a role records enforcement actions on a group that offended after notification: the
   * intervention writers of law enforcement and supervision. Outreach workers never do, so the help
   * they offer stays apart from the enforcement.
   */
  public boolean recordsEnforcement(@Nullable Role role) {
    return canWrite(role, Compartment.INTERVENTION) && role != OUTREACH;
  }

  /** Refuses with {@link AccessDeniedException} unless permitted. */
  public void check(@Nullable Role role, Compartment compartment, Action action) {
    if (!permits(role, compartment, action)) {
      throw new AccessDeniedException(
          "Your role may not "
              + action.name().toLowerCase(java.util.Locale.ROOT)
              + " "
              + compartment
              + " records");
    }
  }
}
