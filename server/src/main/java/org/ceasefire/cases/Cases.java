package org.ceasefire.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.incidents.Involvement;
import org.ceasefire.people.People;
import org.ceasefire.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading prosecution cases: one case, the pipeline board, pending gun cases by city, the court
 * calendar, measures by forum, a person's cases, and the inbox of the referring agency. Reads of
 * person-level lists are audited, one entry per case shown. Changes are in {@link CaseChanges}.
 */
@Service
public class Cases {

  static final String RECORD = "prosecution_case";

  private final CaseRepository cases;
  private final People people;
  private final Sites sites;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final RecordHistory history;
  private final Clock clock;

  Cases(
      CaseRepository cases,
      People people,
      Sites sites,
      AccessPolicy policy,
      AuditTrail audit,
      RecordHistory history,
      Clock clock) {
    this.cases = cases;
    this.people = people;
    this.sites = sites;
    this.policy = policy;
    this.audit = audit;
    this.history = history;
    this.clock = clock;
  }

  public LocalDate today(long siteId) {
    return LocalDate.now(clock.withZone(ZoneId.of(sites.site(siteId).timeZone())));
  }

  public ProsecutionCase get(long siteId, long id) {
    ProsecutionCase c = cases.find(siteId, id).orElseThrow(() -> new NotFoundException("case", id));
    return c.named(
        people.names(siteId, List.of(c.defendantId())).getOrDefault(c.defendantId(), ""));
  }

  /** A case as a user reads it: audited. */
  @Transactional
  public ProsecutionCase view(CeasefireUser viewer, long id) {
    ProsecutionCase c = get(viewer.siteId(), id);
    audit.read(viewer, RECORD, id);
    return c;
  }

  public List<StatusChange> transitions(long siteId, long id) {
    return cases.transitions(siteId, id);
  }

  public List<RecordHistory.Change> history(long siteId, long id) {
    return history.of(siteId, RECORD, id);
  }

  /** Every case by status, in pipeline order (a status without cases has an empty list). */
  @Transactional
  public Map<CaseStatus, List<CaseSummary>> board(CeasefireUser viewer, @Nullable Long city) {
    List<CaseSummary> all =
        listed(viewer, cases.summaries(viewer.siteId(), List.of(), city, false, today(viewer)));
    Map<CaseStatus, List<CaseSummary>> board = new EnumMap<>(CaseStatus.class);
    for (CaseStatus s : CaseStatus.values()) {
      board.put(s, all.stream().filter(c -> c.status() == s).toList());
    }
    return board;
  }

  /** Open gun cases by city (for shooting-review agendas), cities by name. */
  @Transactional
  public Map<String, List<CaseSummary>> pendingByCity(CeasefireUser viewer, @Nullable Long city) {
    List<CaseSummary> open =
        listed(
            viewer,
            cases.summaries(viewer.siteId(), CaseStatus.openCodes(), city, true, today(viewer)));
    return open.stream()
        .sorted(java.util.Comparator.comparing(CaseSummary::referredOn))
        .collect(
            Collectors.groupingBy(
                CaseSummary::jurisdiction, java.util.TreeMap::new, Collectors.toList()));
  }

  /** Court dates of open cases from today for {@code days} days, soonest first. */
  @Transactional
  public List<CourtDate> calendar(CeasefireUser viewer, int days) {
    LocalDate today = today(viewer);
    List<CourtDate> dates =
        cases.calendar(viewer.siteId(), today, today.plusDays(Math.max(1, Math.min(days, 366))));
    Map<Long, String> names =
        people.names(viewer.siteId(), dates.stream().map(CourtDate::defendantId).toList());
    audit.searched(
        viewer,
        RECORD,
        dates.stream().map(CourtDate::caseId).distinct().toList(),
        null,
        "court calendar");
    return dates.stream().map(d -> d.named(names.getOrDefault(d.defendantId(), ""))).toList();
  }

  /**
   * The defendants of the site's cases as arrestees of the incidents their cases came from (person
   * and incident ids only), oldest first: ties for the co-offending network. The caller shows what
   * is built from them only to roles that may read PROSECUTION.
   */
  public List<Involvement> arrests(long siteId) {
    return cases.arrests(siteId);
  }

  /** Changes whenever {@link #arrests} would: for caches of what is built from them. */
  public String arrestsVersion(long siteId) {
    return cases.arrestsVersion(siteId);
  }

  /** Days from referral to charge and to disposition, by forum: counts and durations only. */
  public List<CaseMeasure> measures(long siteId) {
    return cases.measures(siteId);
  }

  /** A person's cases as defendant, newest first, for roles that may read PROSECUTION. */
  @Transactional
  public List<CaseSummary> ofPerson(CeasefireUser viewer, long personId) {
    policy.check(viewer.role(), Compartment.PROSECUTION, Action.READ);
    return listed(viewer, cases.ofPeople(viewer.siteId(), List.of(personId), today(viewer)));
  }

  /**
   * The open cases of each of these people (as defendant), for other features' pages such as the
   * shooting-review agenda; people without one are left out. Only for roles that may read
   * PROSECUTION (others are refused); each case shown is an audited read.
   */
  @Transactional
  public Map<Long, List<OpenCase>> openCasesOf(CeasefireUser viewer, Collection<Long> personIds) {
    policy.check(viewer.role(), Compartment.PROSECUTION, Action.READ);
    if (personIds.isEmpty()) {
      return Map.of();
    }
    List<CaseSummary> open =
        cases.ofPeople(viewer.siteId(), personIds, today(viewer)).stream()
            .filter(c -> c.status().open())
            .toList();
    open.forEach(c -> audit.read(viewer, RECORD, c.id()));
    Map<Long, List<OpenCase>> byPerson = new LinkedHashMap<>();
    open.forEach(
        c ->
            byPerson
                .computeIfAbsent(c.defendantId(), k -> new java.util.ArrayList<>())
                .add(OpenCase.from(c)));
    return byPerson;
  }

  /**
   * The status changes of cases the viewer's agency referred, newest first: status and dates only.
   * Empty for roles that do not see referred cases' status (outreach, researchers, auditors).
   */
  @Transactional
  public List<InboxNotice> inbox(CeasefireUser viewer) {
    if (!policy.seesStatusOfReferredCases(viewer.role())) {
      return List.of();
    }
    List<InboxNotice> notices = cases.inbox(viewer.siteId(), viewer.agencyId());
    notices.stream()
        .map(InboxNotice::caseId)
        .distinct()
        .forEach(id -> audit.read(viewer, "case_status", id));
    return notices;
  }

  private LocalDate today(CeasefireUser viewer) {
    return today(viewer.siteId());
  }

  private List<CaseSummary> listed(CeasefireUser viewer, List<CaseSummary> list) {
    Map<Long, String> names =
        people.names(viewer.siteId(), list.stream().map(CaseSummary::defendantId).toList());
    audit.searched(viewer, RECORD, list.stream().map(CaseSummary::id).toList(), null, "cases");
    return list.stream().map(c -> c.named(names.getOrDefault(c.defendantId(), ""))).toList();
  }
}
