package org.ceasefire.cases;

import static org.ceasefire.cases.CaseStatus.CHARGED;
import static org.ceasefire.cases.CaseStatus.CLOSED;
import static org.ceasefire.cases.CaseStatus.DECLINED;
import static org.ceasefire.cases.CaseStatus.DISPOSED;
import static org.ceasefire.cases.CaseStatus.PENDING;
import static org.ceasefire.cases.CaseStatus.REFERRED;
import static org.ceasefire.cases.CaseStatus.SCREENING;
import static org.ceasefire.cases.CaseStatus.SENTENCED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A prosecution case and its pipeline. Each move is a named method that refuses an illegal one with
 * a message ({@link ValidationException} on the field {@code action}) and otherwise answers the
 * {@link Move} to record: referred → screening → charged → pending plea or trial → disposed →
 * sentenced → closed; referred or screening → declined; disposed or declined → screening again
 * (reopen, with a reason). Charges are added only while screening, charged or pending, so a
 * disposed case cannot be re-charged without reopening.
 */
public record ProsecutionCase(
    long id,
    String caseNumber,
    long defendantId,
    String defendant,
    long referringAgencyId,
    String referringAgency,
    @Nullable String referralNumber,
    long jurisdictionId,
    String jurisdiction,
    LocalDate referredOn,
    @Nullable LocalDate arrestedOn,
    boolean gunCase,
    CaseStatus status,
    LocalDate statusOn,
    @Nullable ForumDecision forumDecision,
    @Nullable LocalDate federalAdoptedOn,
    String custodyStatus,
    @Nullable Sentence sentence,
    List<Long> incidentIds,
    List<Charge> charges,
    List<CourtEvent> events,
    int version) {

  static final List<String> CUSTODY =
      List.of("in_custody", "released_on_bond", "released_on_conditions", "at_large", "unknown");

  /** The moves each state allows, by the name the API and pages use. */
  static final Map<CaseStatus, List<String>> ACTIONS =
      Map.of(
          REFERRED, List.of("screen", "decline"),
          SCREENING, List.of("charge", "decline"),
          CHARGED, List.of("await_plea_or_trial", "dispose"),
          PENDING, List.of("dispose"),
          DISPOSED, List.of("sentence", "close", "reopen"),
          SENTENCED, List.of("close"),
          CLOSED, List.of(),
          DECLINED, List.of("reopen"));

  private static final Set<CaseStatus> CHARGEABLE = Set.of(SCREENING, CHARGED, PENDING);

  /** A move to record: from, to, the date it takes effect and why. */
  public record Move(CaseStatus from, CaseStatus to, LocalDate on, @Nullable String reason) {}

  public ProsecutionCase {
    if (caseNumber.isBlank()) {
      throw new IllegalArgumentException("a case has a number");
    }
    if (!CUSTODY.contains(custodyStatus)) {
      throw new IllegalArgumentException("unknown custody status: " + custodyStatus);
    }
    incidentIds = List.copyOf(incidentIds);
    charges = List.copyOf(charges);
    events = List.copyOf(events);
  }

  ProsecutionCase named(String name) {
    return new ProsecutionCase(
        id,
        caseNumber,
        defendantId,
        name,
        referringAgencyId,
        referringAgency,
        referralNumber,
        jurisdictionId,
        jurisdiction,
        referredOn,
        arrestedOn,
        gunCase,
        status,
        statusOn,
        forumDecision,
        federalAdoptedOn,
        custodyStatus,
        sentence,
        incidentIds,
        charges,
        events,
        version);
  }

  /** The fields kept in the record's history. */
  java.util.Map<String, @Nullable Object> fields() {
    java.util.Map<String, @Nullable Object> f = new java.util.LinkedHashMap<>();
    f.put("caseNumber", caseNumber);
    f.put("defendantId", defendantId);
    f.put("referringAgencyId", referringAgencyId);
    f.put("referralNumber", referralNumber);
    f.put("jurisdictionId", jurisdictionId);
    f.put("referredOn", referredOn.toString());
    f.put("arrestedOn", arrestedOn == null ? null : arrestedOn.toString());
    f.put("gunCase", gunCase);
    f.put("status", status.code());
    f.put("statusOn", statusOn.toString());
    f.put("forum", forum() == null ? null : forum().code());
    f.put("forumReasons", forumDecision == null ? null : forumDecision.reasons());
    f.put("federalAdoptedOn", federalAdoptedOn == null ? null : federalAdoptedOn.toString());
    f.put("custodyStatus", custodyStatus);
    f.put("sentence", sentence == null ? null : sentence.toString());
    f.put("incidentIds", incidentIds.toString());
    return f;
  }

  public List<String> actions() {
    return ACTIONS.get(status);
  }

  public @Nullable Forum forum() {
    return forumDecision == null ? null : forumDecision.forum();
  }

  /** Referred → screening: a prosecutor takes the referral up. */
  public Move screen(LocalDate on) {
    return move("screen", on, null, SCREENING, REFERRED);
  }

  /**
   * Screening → charged: needs a forum decision to prosecute, federal adoption when the forum is
   * federal or both, and at least one charge filed.
   */
  public Move charge(LocalDate on) {
    Forum forum = forum();
    refuseUnless(
        status != SCREENING || (forum != null && forum != Forum.DECLINED),
        "decide the forum (state, federal or both) before charging");
    refuseUnless(
        status != SCREENING || forum == null || !forum.federal() || federalAdoptedOn != null,
        "a federal case is charged after federal adoption; record the adoption first");
    refuseUnless(
        status != SCREENING || charges.stream().anyMatch(c -> !c.disposed()),
        "file at least one charge before moving the case to charged");
    return move("charge", on, null, CHARGED, SCREENING);
  }

  /** Charged → pending plea or trial (after arraignment). */
  public Move awaitPleaOrTrial(LocalDate on) {
    return move("await_plea_or_trial", on, null, PENDING, CHARGED);
  }

  /** Charged or pending → disposed: every charge has its disposition. */
  public Move dispose(LocalDate on) {
    refuseUnless(
        !CHARGEABLE.contains(status) || charges.stream().allMatch(Charge::disposed),
        "record a disposition for every charge before disposing of the case");
    return move("dispose", on, null, DISPOSED, CHARGED, PENDING);
  }

  /** Disposed → sentenced: only after a conviction on at least one charge. */
  public Move sentence(Sentence s) {
    refuseUnless(
        status != DISPOSED || charges.stream().anyMatch(Charge::conviction),
        "no charge ended in a conviction, so there is no sentence; close the case instead");
    return move("sentence", s.sentencedOn(), null, SENTENCED, DISPOSED);
  }

  /** Sentenced → closed, or disposed → closed when no charge ended in a conviction. */
  public Move close(LocalDate on) {
    refuseUnless(
        status != DISPOSED || charges.stream().noneMatch(Charge::conviction),
        "a conviction is sentenced before the case is closed");
    return move("close", on, null, CLOSED, SENTENCED, DISPOSED);
  }

  /** Referred or screening → declined, with the reason. */
  public Move decline(LocalDate on, @Nullable String reason) {
    requireReason(reason, "say why the case is declined");
    return move("decline", on, reason, DECLINED, REFERRED, SCREENING);
  }

  /** Disposed or declined → screening again, with the reason (new evidence, a vacated plea). */
  public Move reopen(LocalDate on, @Nullable String reason) {
    requireReason(reason, "say why the case is reopened");
    return move("reopen", on, reason, SCREENING, DISPOSED, DECLINED);
  }

  /** Refuses a charge unless the case may be charged in that forum now. */
  void checkMayAddCharge(Forum chargeForum) {
    if (!CHARGEABLE.contains(status)) {
      throw ValidationException.of(
          "action",
          "a " + status.label().toLowerCase() + " case cannot be charged; reopen it first",
          status.code());
    }
    Forum forum = forum();
    if (forum == null || forum == Forum.DECLINED) {
      throw ValidationException.of("forum", "decide the forum before filing charges", "");
    }
    if (!forum.admits(chargeForum)) {
      throw ValidationException.of(
          "forum",
          "the case was given to the " + forum.code() + " forum; a charge must be filed there",
          chargeForum.code());
    }
  }

  void checkMayDisposeCharges() {
    refuseUnless(
        status == CHARGED || status == PENDING,
        "charges are disposed of while the case is charged");
  }

  void checkMayDecideForum() {
    refuseUnless(
        status == SCREENING, "the forum is decided while screening (screen or reopen the case)");
  }

  void checkMayAdopt() {
    Forum forum = forum();
    refuseUnless(
        forum != null && forum.federal(), "only a case given to the federal forum is adopted");
    refuseUnless(federalAdoptedOn == null, "the case was already adopted federally");
    refuseUnless(CHARGEABLE.contains(status), "a " + status.code() + " case cannot be adopted");
  }

  void checkMaySchedule() {
    refuseUnless(status.open(), "a " + status.code() + " case has no more court dates");
  }

  private Move move(
      String action, LocalDate on, @Nullable String reason, CaseStatus to, CaseStatus... from) {
    if (!List.of(from).contains(status)) {
      throw ValidationException.of(
          "action",
          "a case that is " + status.label().toLowerCase() + " cannot " + action.replace('_', ' '),
          action);
    }
    if (on.isBefore(statusOn)) {
      throw ValidationException.of(
          "on", "is before the case's current status took effect (" + statusOn + ")", on);
    }
    return new Move(status, to, on, reason == null ? null : reason.trim());
  }

  private static void requireReason(@Nullable String reason, String message) {
    if (reason == null || reason.isBlank()) {
      throw ValidationException.of("reason", message, "");
    }
  }

  private void refuseUnless(boolean ok, String message) {
    if (!ok) {
      throw ValidationException.of("action", message, status.code());
    }
  }
}
