package org.ceasefire.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.Agency;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.outreach.OutreachInputs.ConsentInput;
import org.ceasefire.outreach.OutreachInputs.ContactInput;
import org.ceasefire.outreach.OutreachInputs.ServiceInput;
import org.ceasefire.people.People;
import org.ceasefire.platform.AccessDeniedException;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outreach referrals and what comes of them. Reading a referral needs OUTREACH read and the
 * referral in the viewer's caseload ({@link AccessPolicy#inCaseload}); changing one, OUTREACH write
 * and being its worker. Anyone who may refer (INTERVENTION write) refers a person to a provider,
 * and learns nothing more of it than the fact, shared with consent, that they accepted help ({@link
 * #acceptedHelp}).
 */
@Service
public class Outreach {

  static final String RECORD = "outreach_referral";

  /** The short notice 42 CFR 2.32 requires with each disclosure made under a consent. */
  public static final String REDISCLOSURE_NOTICE =
      "42 CFR part 2 prohibits unauthorized disclosure of these records.";

  static final String INFORMATION = "whether the person accepted help (yes or no), nothing more";
  private static final List<String> PROVIDER_TYPES =
      List.of("service_provider", "community_organisation");

  private final OutreachRepository repository;
  private final People people;
  private final Sites sites;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final RecordHistory history;
  private final Clock clock;

  Outreach(
      OutreachRepository repository,
      People people,
      Sites sites,
      AccessPolicy policy,
      AuditTrail audit,
      RecordHistory history,
      Clock clock) {
    this.repository = repository;
    this.people = people;
    this.sites = sites;
    this.policy = policy;
    this.audit = audit;
    this.history = history;
    this.clock = clock;
  }

  /** A referral with everything recorded on it. */
  public record ReferralFile(
      Referral referral,
      List<OutreachRepository.Service> services,
      List<OutreachRepository.Contact> contacts,
      List<OutreachRepository.Milestone> milestones,
      List<Consent> consents) {}

  /** The fact partners may be told, under the consent that allows it, with the notice. */
  public record HelpAccepted(boolean accepted, LocalDate consentUntil, String notice) {}

  /** The agencies a person may be referred to. */
  public List<Agency> providers(long siteId) {
    return sites.agencies(siteId).stream().filter(a -> PROVIDER_TYPES.contains(a.type())).toList();
  }

  /** Refers a person to a provider (INTERVENTION write): the referral's id. */
  @Transactional
  public long refer(CeasefireUser user, OutreachReferral input) {
    policy.check(user.role(), Compartment.INTERVENTION, Action.WRITE);
    Validator v = new Validator();
    LocalDate on = input.check(v, today());
    v.check(
        input.personId() == null || people.exists(user.siteId(), input.personId()),
        "personId",
        "no such person",
        input.personId());
    v.check(
        input.providerId() == null
            || providers(user.siteId()).stream().anyMatch(a -> a.id() == input.providerId()),
        "providerId",
        "is not a service provider or community organisation of this partnership",
        input.providerId());
    v.throwIfInvalid();
    long id =
        repository.insertReferral(
            user.siteId(),
            input.personId(),
            input.providerId(),
            input.source(),
            input.sourceId(),
            on,
            user.id());
    history.created(
        user.siteId(),
        RECORD,
        id,
        user.id(),
        Map.of(
            "personId",
            input.personId(),
            "providerId",
            input.providerId(),
            "source",
            input.source()));
    audit.changed(user, AuditAction.CREATE, RECORD, id);
    return id;
  }

  /** The viewer's caseload, newest first, closed ones last (audited: one entry per referral). */
  @Transactional
  public List<Referral> caseload(CeasefireUser viewer) {
    List<Referral> list =
        switch (viewer.role()) {
          case OUTREACH -> {
            List<Referral> mine =
                new java.util.ArrayList<>(
                    repository.caseload(viewer.siteId(), viewer.id(), viewer.agencyId()));
            mine.addAll(repository.unassigned(viewer.siteId(), viewer.agencyId()));
            yield mine;
          }
          case OUTREACH_SUPERVISOR -> repository.caseload(viewer.siteId(), null, viewer.agencyId());
          default -> List.of();
        };
    audit.searched(viewer, RECORD, list.stream().map(Referral::id).toList(), null, "caseload");
    return named(viewer.siteId(), list);
  }

  /** The referrals of a person in the viewer's caseload. */
  @Transactional
  public List<Referral> ofPerson(CeasefireUser viewer, long personId) {
    List<Referral> list =
        repository.ofPerson(viewer.siteId(), personId).stream()
            .filter(r -> policy.inCaseload(viewer, r.providerId(), r.workerId()))
            .toList();
    audit.searched(viewer, RECORD, list.stream().map(Referral::id).toList(), null, "person");
    return named(viewer.siteId(), list);
  }

  /** A referral in the viewer's caseload, with its services, contacts and consents; audited. */
  @Transactional
  public ReferralFile view(CeasefireUser viewer, long id) {
    Referral r = inCaseload(viewer, id);
    audit.read(viewer, RECORD, id);
    long site = viewer.siteId();
    return new ReferralFile(
        r,
        repository.services(site, id),
        repository.contacts(site, id),
        repository.milestones(site, id),
        repository.consents(site, "referral", id));
  }

  /** A worker takes a referral of their agency that nobody has taken. */
  @Transactional
  public void take(CeasefireUser worker, long id, @Nullable Integer version) {
    Referral r = inCaseload(worker, id);
    if (worker.role() != Role.OUTREACH || r.workerId() != null) {
      throw ValidationException.of("action", "only an untaken referral is taken, by a worker", "");
    }
    change(worker, r, version, "worker_id = :worker", "worker", worker.id());
  }

  @Transactional
  public void assess(CeasefireUser worker, long id, @Nullable Integer version, List<String> needs) {
    Referral r = ownReferral(worker, id);
    r.assess(needs);
    String status = r.status() == ReferralStatus.REFERRED ? "assessed" : r.status().code();
    change(
        worker,
        r,
        version,
        "needs = :needs, status = :status, assessed_on = coalesce(assessed_on, :today)",
        "needs",
        needs.toArray(String[]::new),
        "status",
        status,
        "today",
        today());
  }

  /** A service the person started; the first enrols them (they accepted help). */
  @Transactional
  public void addService(
      CeasefireUser worker, long id, @Nullable Integer version, ServiceInput in) {
    Referral r = ownReferral(worker, id);
    r.enrol();
    Validator v = new Validator();
    LocalDate on = in.check(v, today());
    v.throwIfInvalid();
    change(
        worker,
        r,
        version,
        "status = 'enrolled', enrolled_on = coalesce(enrolled_on, :on)",
        "on",
        on);
    long service =
        repository.insertService(worker.siteId(), id, in.kind(), in.provider().strip(), on);
    audit.changed(worker, AuditAction.CREATE, "outreach_service", service);
  }

  @Transactional
  public void addContact(CeasefireUser worker, long id, ContactInput in) {
    Referral r = ownReferral(worker, id);
    Validator v = new Validator();
    LocalDate on = in.check(v, today());
    v.throwIfInvalid();
    long contact =
        repository.insertContact(worker.siteId(), r.id(), on, in.kind(), in.note(), worker.id());
    audit.changed(worker, AuditAction.CREATE, "outreach_contact", contact);
  }

  @Transactional
  public void addMilestone(
      CeasefireUser worker, long id, @Nullable String what, @Nullable String on) {
    Referral r = ownReferral(worker, id);
    Validator v = new Validator();
    v.require("what", what).maxLength("what", what, 300);
    LocalDate day = v.date("achievedOn", on, true, today());
    v.throwIfInvalid();
    long m = repository.insertMilestone(worker.siteId(), r.id(), day, what);
    audit.changed(worker, AuditAction.CREATE, "outreach_milestone", m);
  }

  @Transactional
  public void decline(CeasefireUser worker, long id, @Nullable Integer version) {
    Referral r = ownReferral(worker, id);
    r.decline();
    change(worker, r, version, "status = 'declined'");
  }

  @Transactional
  public void exit(
      CeasefireUser worker, long id, @Nullable Integer version, @Nullable String reason) {
    Referral r = ownReferral(worker, id);
    r.exit();
    Validator v = new Validator();
    v.require("reason", reason).maxLength("reason", reason, 500);
    v.throwIfInvalid();
    change(
        worker,
        r,
        version,
        "status = 'exited', exited_on = :today, exit_reason = :reason",
        "today",
        today(),
        "reason",
        reason.strip());
  }

  /** Records the person's consent to tell partners whether they accepted help. */
  @Transactional
  public long recordConsent(CeasefireUser worker, long id, ConsentInput in) {
    Referral r = ownReferral(worker, id);
    Validator v = new Validator();
    ConsentInput.Dates dates = in.check(v, today());
    v.throwIfInvalid();
    long consent =
        repository.insertConsent(worker.siteId(), r, in, dates, INFORMATION, worker.id());
    audit.changed(worker, AuditAction.CREATE, "outreach_consent", consent);
    return consent;
  }

  /** The person revoked a consent: from today on it discloses nothing. */
  @Transactional
  public void revokeConsent(CeasefireUser worker, long referralId, long consentId) {
    Referral r = ownReferral(worker, referralId);
    boolean ofReferral =
        repository.consents(worker.siteId(), "referral", r.id()).stream()
            .anyMatch(c -> c.id() == consentId);
    if (!ofReferral || !repository.revoke(worker.siteId(), consentId, today())) {
      throw ValidationException.of("consent", "no consent in force on this referral", consentId);
    }
    audit.changed(worker, AuditAction.UPDATE, "outreach_consent", consentId);
  }

  /**
   * Whether the person accepted help, for a partner outside outreach: only under a consent in force
   * today, and each answer is logged as a disclosure. Empty without one — the partner learns
   * nothing, not even whether there was a referral.
   */
  @Transactional
  public Optional<HelpAccepted> acceptedHelp(CeasefireUser viewer, long personId) {
    policy.check(viewer.role(), Compartment.IDENTITY, Action.READ);
    LocalDate today = today();
    Optional<Consent> consent =
        repository.consents(viewer.siteId(), "person", personId).stream()
            .filter(c -> c.inForceOn(today))
            .findFirst();
    if (consent.isEmpty()) {
      return Optional.empty();
    }
    boolean accepted =
        repository.ofPerson(viewer.siteId(), personId).stream().anyMatch(Referral::acceptedHelp);
    repository.disclosed(
        viewer.siteId(), consent.get().id(), personId, viewer.id(), accepted ? "yes" : "no");
    audit.write(
        AuditTrail.entry(
            viewer,
            AuditAction.DISSEMINATE,
            "person",
            personId,
            null,
            "accepted help under consent " + consent.get().id()));
    return Optional.of(new HelpAccepted(accepted, consent.get().expiresOn(), REDISCLOSURE_NOTICE));
  }

  private Referral inCaseload(CeasefireUser viewer, long id) {
    policy.check(viewer.role(), Compartment.OUTREACH, Action.READ);
    Referral r =
        repository
            .referral(viewer.siteId(), id)
            .orElseThrow(() -> new NotFoundException("referral", id));
    if (!policy.inCaseload(viewer, r.providerId(), r.workerId())) {
      throw new NotFoundException("referral", id);
    }
    return r.named(
        people.names(viewer.siteId(), List.of(r.personId())).getOrDefault(r.personId(), ""));
  }

  private Referral ownReferral(CeasefireUser worker, long id) {
    policy.check(worker.role(), Compartment.OUTREACH, Action.WRITE);
    Referral r = inCaseload(worker, id);
    if (r.workerId() == null || r.workerId() != worker.id()) {
      throw new AccessDeniedException("Only the referral's worker records its outreach");
    }
    return r;
  }

  private void change(
      CeasefireUser user, Referral r, @Nullable Integer version, String set, Object... values) {
    if (version == null) {
      throw ValidationException.of("version", "is required to change a referral", "");
    }
    if (!repository.update(user.siteId(), r.id(), version, set, values)) {
      throw new StaleRecordException("referral", r.id(), r.version());
    }
    Referral after = repository.referral(user.siteId(), r.id()).orElseThrow();
    history.updated(user.siteId(), RECORD, r.id(), user.id(), fields(r), fields(after));
    audit.changed(user, AuditAction.UPDATE, RECORD, r.id());
  }

  private static Map<String, @Nullable Object> fields(Referral r) {
    Map<String, @Nullable Object> m = new java.util.LinkedHashMap<>();
    m.put("status", r.status().code());
    m.put("workerId", r.workerId());
    m.put("needs", String.join(",", r.needs()));
    m.put("exitReason", r.exitReason());
    return m;
  }

  private List<Referral> named(long siteId, List<Referral> list) {
    Map<Long, String> names = people.names(siteId, list.stream().map(Referral::personId).toList());
    return list.stream().map(r -> r.named(names.getOrDefault(r.personId(), ""))).toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
