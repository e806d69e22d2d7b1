package org.ceasefire.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.cases.CaseSteps.AdoptionInput;
import org.ceasefire.cases.CaseSteps.ChargeInput;
import org.ceasefire.cases.CaseSteps.DispositionInput;
import org.ceasefire.cases.CaseSteps.EventInput;
import org.ceasefire.cases.CaseSteps.ForumInput;
import org.ceasefire.cases.CaseSteps.SentenceInput;
import org.ceasefire.cases.CaseSteps.TransitionInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing prosecution cases: open, edit, each move of the pipeline, the forum decision, federal
 * adoption, charges and their dispositions, court dates and the sentence. Every change names the
 * version it was made on (a stale one is refused), keeps history, is audited and, when the status
 * moves, is dated in the case's transitions and published as {@link CaseStatusChanged}.
 */
@Service
public class CaseChanges {

  /** Agencies that refer cases to prosecutors. */
  static final List<String> REFERRING_AGENCY_TYPES =
      List.of("local_police", "state_police", "federal_agency", "probation_parole");

  private final Cases cases;
  private final CaseWrites writes;
  private final People people;
  private final Incidents incidents;
  private final Places places;
  private final Sites sites;
  private final RecordHistory history;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  CaseChanges(
      Cases cases,
      CaseWrites writes,
      People people,
      Incidents incidents,
      Places places,
      Sites sites,
      RecordHistory history,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.cases = cases;
    this.writes = writes;
    this.people = people;
    this.incidents = incidents;
    this.places = places;
    this.sites = sites;
    this.history = history;
    this.audit = audit;
    this.events = events;
  }

  /** Opens a case as referred on its referral date. */
  @Transactional
  public ProsecutionCase open(CeasefireUser user, CaseInput input) {
    CaseInput.Checked in = check(user.siteId(), input);
    long id;
    try {
      id = writes.insert(user.siteId(), in);
    } catch (DuplicateKeyException e) {
      throw ValidationException.of("caseNumber", "another case has this number", in.caseNumber());
    }
    writes.linkIncidents(user.siteId(), id, in.incidentIds());
    writes.move(user.siteId(), id, null, CaseStatus.REFERRED, in.referredOn(), null, user.id());
    ProsecutionCase created = cases.get(user.siteId(), id);
    history.created(user.siteId(), Cases.RECORD, id, user.id(), created.fields());
    audit.changed(user, AuditAction.CREATE, Cases.RECORD, id);
    events.publishEvent(
        new CaseStatusChanged(
            user.siteId(),
            id,
            created.referringAgencyId(),
            null,
            CaseStatus.REFERRED,
            in.referredOn()));
    return created;
  }

  /** Edits the case's particulars (not its status, forum or charges: those are steps). */
  @Transactional
  public ProsecutionCase edit(CeasefireUser user, long id, CaseInput input) {
    ProsecutionCase before = current(user, id, input.version());
    CaseInput.Checked in = check(user.siteId(), input);
    claim(user, before);
    try {
      writes.update(user.siteId(), id, in);
    } catch (DuplicateKeyException e) {
      throw ValidationException.of("caseNumber", "another case has this number", in.caseNumber());
    }
    writes.linkIncidents(user.siteId(), id, in.incidentIds());
    return recorded(user, before);
  }

  /**
   * A named move of the pipeline, refused with a message when the case's state does not allow it.
   */
  @Transactional
  public ProsecutionCase transition(CeasefireUser user, long id, TransitionInput input) {
    ProsecutionCase c = current(user, id, input.version());
    LocalDate on = effective(user, "on", input.on());
    String action = input.action() == null ? "" : input.action();
    ProsecutionCase.Move move =
        switch (action) {
          case "screen" -> c.screen(on);
          case "charge" -> c.charge(on);
          case "await_plea_or_trial" -> c.awaitPleaOrTrial(on);
          case "dispose" -> c.dispose(on);
          case "close" -> c.close(on);
          case "decline" -> c.decline(on, input.reason());
          case "reopen" -> c.reopen(on, input.reason());
          case "sentence" ->
              throw ValidationException.of(
                  "action", "record the sentence to move the case to sentenced", action);
          default ->
              throw ValidationException.of(
                  "action",
                  "must be one of screen, charge, await_plea_or_trial, dispose, close, decline,"
                      + " reopen",
                  action);
        };
    claim(user, c);
    return moved(user, c, move);
  }

  /**
   * The forum decision of state and federal prosecutors, while screening. A decision to decline
   * declines the case, with the decision's reasons.
   */
  @Transactional
  public ProsecutionCase decideForum(CeasefireUser user, long id, ForumInput input) {
    ProsecutionCase c = current(user, id, input.version());
    Validator v = new Validator();
    Forum forum = Forum.parse(input.forum() == null ? "" : input.forum()).orElse(null);
    v.check(forum != null, "forum", "must be one of " + Forum.codes(), input.forum());
    v.require("reasons", input.reasons()).maxLength("reasons", input.reasons(), 4000);
    LocalDate on = date(v, "decidedOn", input.decidedOn(), user);
    v.check(
        on == LocalDate.MIN || !on.isBefore(c.statusOn()),
        "decidedOn",
        "is before the case went to screening (" + c.statusOn() + ")",
        input.decidedOn());
    v.check(
        forum == null
            || forum == Forum.DECLINED
            || c.charges().stream()
                .filter(h -> !h.disposed())
                .allMatch(h -> forum.admits(h.forum())),
        "forum",
        "charges already filed in the other forum; the decision must cover them",
        input.forum());
    v.throwIfInvalid();
    c.checkMayDecideForum();
    claim(user, c);
    writes.decideForum(user.siteId(), id, forum, input.reasons(), user.id(), on);
    if (forum == Forum.DECLINED) {
      ProsecutionCase decided = cases.get(user.siteId(), id);
      ProsecutionCase.Move move = decided.decline(on, "forum decision: " + input.reasons().trim());
      writes.move(user.siteId(), id, move.from(), move.to(), move.on(), move.reason(), user.id());
      publish(user, c, move);
    }
    return recorded(user, c);
  }

  /** The U.S. Attorney's office adopted a case given to the federal forum (or both). */
  @Transactional
  public ProsecutionCase adopt(CeasefireUser user, long id, AdoptionInput input) {
    ProsecutionCase c = current(user, id, input.version());
    Validator v = new Validator();
    LocalDate on = date(v, "adoptedOn", input.adoptedOn(), user);
    v.throwIfInvalid();
    c.checkMayAdopt();
    claim(user, c);
    writes.adopt(user.siteId(), id, on);
    return recorded(user, c);
  }

  @Transactional
  public ProsecutionCase addCharge(CeasefireUser user, long id, ChargeInput input) {
    ProsecutionCase c = current(user, id, input.version());
    Validator v = new Validator();
    Forum forum = Forum.parse(input.forum() == null ? "" : input.forum()).orElse(null);
    v.check(
        forum == Forum.STATE || forum == Forum.FEDERAL,
        "forum",
        "must be state or federal",
        input.forum());
    v.require("statuteCode", input.statuteCode()).maxLength("statuteCode", input.statuteCode(), 80);
    v.require("statuteText", input.statuteText())
        .maxLength("statuteText", input.statuteText(), 500);
    int counts = input.counts() == null ? 1 : input.counts();
    v.check(counts >= 1 && counts <= 999, "counts", "must be 1 to 999", input.counts());
    v.maxLength("chargeClass", input.chargeClass(), 60);
    LocalDate filed = date(v, "filedOn", input.filedOn(), user);
    v.check(
        filed == null || !filed.isBefore(c.referredOn()),
        "filedOn",
        "is before the referral",
        input.filedOn());
    v.throwIfInvalid();
    c.checkMayAddCharge(forum);
    claim(user, c);
    long charge =
        writes.insertCharge(
            user.siteId(),
            id,
            forum,
            input.statuteCode(),
            input.statuteText(),
            counts,
            input.chargeClass(),
            filed);
    history.created(
        user.siteId(),
        "case_charge",
        charge,
        user.id(),
        Map.of(
            "caseId",
            id,
            "forum",
            forum.code(),
            "statuteCode",
            input.statuteCode().trim(),
            "counts",
            counts));
    audit.changed(user, AuditAction.CREATE, "case_charge", charge);
    return recorded(user, c);
  }

  /** How one charge ended: a plea, a verdict, a dismissal or a nolle. */
  @Transactional
  public ProsecutionCase disposeCharge(
      CeasefireUser user, long id, long chargeId, DispositionInput input) {
    ProsecutionCase c = current(user, id, input.version());
    Charge charge =
        c.charges().stream()
            .filter(h -> h.id() == chargeId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("charge", chargeId));
    Validator v = new Validator();
    v.check(
        input.disposition() != null && Charge.DISPOSITIONS.contains(input.disposition()),
        "disposition",
        "must be one of " + Charge.DISPOSITIONS,
        input.disposition());
    LocalDate on = date(v, "disposedOn", input.disposedOn(), user);
    v.check(
        on == null || !on.isBefore(charge.filedOn()),
        "disposedOn",
        "is before the charge was filed",
        input.disposedOn());
    v.check(!charge.disposed(), "disposition", "this charge already has one", input.disposition());
    v.throwIfInvalid();
    c.checkMayDisposeCharges();
    claim(user, c);
    writes.disposeCharge(user.siteId(), id, chargeId, input.disposition(), on);
    history.updated(
        user.siteId(),
        "case_charge",
        chargeId,
        user.id(),
        Map.of("disposition", "", "disposedOn", ""),
        Map.of("disposition", input.disposition(), "disposedOn", on.toString()));
    audit.changed(user, AuditAction.UPDATE, "case_charge", chargeId);
    return recorded(user, c);
  }

  /** A court date (arraignment, hearing, plea hearing, trial, sentencing); future dates welcome. */
  @Transactional
  public ProsecutionCase schedule(CeasefireUser user, long id, EventInput input) {
    ProsecutionCase c = current(user, id, input.version());
    Validator v = new Validator();
    v.check(
        input.kind() != null && CourtEvent.KINDS.contains(input.kind()),
        "kind",
        "must be one of " + CourtEvent.KINDS,
        input.kind());
    LocalDate on = v.date("scheduledOn", input.scheduledOn(), true, null);
    v.maxLength("court", input.court(), 200).maxLength("note", input.note(), 2000);
    v.throwIfInvalid();
    c.checkMaySchedule();
    claim(user, c);
    long event =
        writes.insertEvent(user.siteId(), id, input.kind(), on, input.court(), input.note());
    history.created(
        user.siteId(),
        "case_event",
        event,
        user.id(),
        Map.of("caseId", id, "kind", input.kind(), "scheduledOn", on.toString()));
    audit.changed(user, AuditAction.CREATE, "case_event", event);
    return recorded(user, c);
  }

  /** Records the sentence of a disposed case with a conviction, which moves it to sentenced. */
  @Transactional
  public ProsecutionCase sentence(CeasefireUser user, long id, SentenceInput input) {
    ProsecutionCase c = current(user, id, input.version());
    Validator v = new Validator();
    LocalDate on = date(v, "sentencedOn", input.sentencedOn(), user);
    int custody = input.custodyMonths() == null ? 0 : input.custodyMonths();
    int supervision = input.supervisionMonths() == null ? 0 : input.supervisionMonths();
    String kind = input.supervisionKind() == null ? "none" : input.supervisionKind();
    v.check(custody >= 0 && custody <= 1200, "custodyMonths", "must be 0 to 1200", custody);
    v.check(
        supervision >= 0 && supervision <= 1200,
        "supervisionMonths",
        "must be 0 to 1200",
        supervision);
    v.check(
        Sentence.SUPERVISION_KINDS.contains(kind),
        "supervisionKind",
        "must be one of " + Sentence.SUPERVISION_KINDS,
        kind);
    v.check(
        supervision == 0 || !kind.equals("none"),
        "supervisionKind",
        "say which supervision the months are of",
        kind);
    v.throwIfInvalid();
    Sentence s = new Sentence(on, custody, supervision, kind);
    ProsecutionCase.Move move = c.sentence(s);
    claim(user, c);
    writes.sentence(user.siteId(), id, s);
    return moved(user, c, move);
  }

  private ProsecutionCase moved(
      CeasefireUser user, ProsecutionCase before, ProsecutionCase.Move m) {
    writes.move(user.siteId(), before.id(), m.from(), m.to(), m.on(), m.reason(), user.id());
    publish(user, before, m);
    return recorded(user, before);
  }

  private void publish(CeasefireUser user, ProsecutionCase c, ProsecutionCase.Move m) {
    events.publishEvent(
        new CaseStatusChanged(
            user.siteId(), c.id(), c.referringAgencyId(), m.from(), m.to(), m.on()));
  }

  /** After a change: history of what changed, an audit entry, and the case as it now is. */
  private ProsecutionCase recorded(CeasefireUser user, ProsecutionCase before) {
    ProsecutionCase after = cases.get(user.siteId(), before.id());
    history.updated(
        user.siteId(), Cases.RECORD, before.id(), user.id(), before.fields(), after.fields());
    audit.changed(user, AuditAction.UPDATE, Cases.RECORD, before.id());
    return after;
  }

  /** The case as it is, refusing an edit made on another version. */
  private ProsecutionCase current(CeasefireUser user, long id, @Nullable Integer version) {
    ProsecutionCase c = cases.get(user.siteId(), id);
    if (version == null) {
      throw ValidationException.of("version", "is required to change a record", "");
    }
    if (version != c.version()) {
      throw new StaleRecordException("case", id, c.version());
    }
    return c;
  }

  private void claim(CeasefireUser user, ProsecutionCase c) {
    if (!writes.claim(user.siteId(), c.id(), c.version())) {
      throw new StaleRecordException("case", c.id(), cases.get(user.siteId(), c.id()).version());
    }
  }

  /** A date that has happened, required. */
  private LocalDate date(Validator v, String field, @Nullable String text, CeasefireUser user) {
    LocalDate d = v.date(field, text, true, cases.today(user.siteId()));
    return d == null ? LocalDate.MIN : d;
  }

  /** The date a move takes effect: today when blank, never in the future. */
  private LocalDate effective(CeasefireUser user, String field, @Nullable String text) {
    LocalDate today = cases.today(user.siteId());
    if (text == null || text.isBlank()) {
      return today;
    }
    Validator v = new Validator();
    LocalDate d = v.date(field, text, true, today);
    v.throwIfInvalid();
    return d;
  }

  private CaseInput.Checked check(long siteId, CaseInput input) {
    Validator v = new Validator();
    CaseInput.Checked in = input.check(v, cases.today(siteId));
    v.check(
        input.defendantId() == null || people.exists(siteId, input.defendantId()),
        "defendantId",
        "no such person",
        input.defendantId());
    v.check(
        input.referringAgencyId() == null
            || sites.agencies(siteId).stream()
                .anyMatch(
                    a ->
                        a.id() == input.referringAgencyId()
                            && REFERRING_AGENCY_TYPES.contains(a.type())),
        "referringAgencyId",
        "choose a police, federal or probation agency of this partnership",
        input.referringAgencyId());
    v.check(
        input.jurisdictionId() == null
            || places.jurisdiction(siteId, input.jurisdictionId()).isPresent(),
        "jurisdictionId",
        "no such city in this partnership",
        input.jurisdictionId());
    for (Long incident : input.incidentIds()) {
      v.check(
          incident != null && incidentExists(siteId, incident),
          "incidentIds",
          "no such incident",
          incident);
    }
    v.throwIfInvalid();
    return in;
  }

  private boolean incidentExists(long siteId, long id) {
    try {
      incidents.get(siteId, id);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }
}
