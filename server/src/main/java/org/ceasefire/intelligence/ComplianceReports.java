package org.ceasefire.intelligence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditLog;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.people.People;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the auditor's report of a site's intelligence; reading it is itself audited. */
@Service
class ComplianceReports {

  private final MembershipLifecycle entries;
  private final EntryPolicy policy;
  private final People people;
  private final PurgeQueue queue;
  private final Disseminations disseminations;
  private final AuditLog log;
  private final AuditTrail audit;
  private final Clock clock;

  ComplianceReports(
      MembershipLifecycle entries,
      EntryPolicy policy,
      People people,
      PurgeQueue queue,
      Disseminations disseminations,
      AuditLog log,
      AuditTrail audit,
      Clock clock) {
    this.entries = entries;
    this.policy = policy;
    this.people = people;
    this.queue = queue;
    this.disseminations = disseminations;
    this.log = log;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  ComplianceReport report(CeasefireUser auditor) {
    long site = auditor.siteId();
    LocalDate today = LocalDate.now(clock);
    List<Membership> held =
        entries.all(site).stream().filter(m -> !m.reviewDate().isBefore(today)).toList();
    Set<String> documented =
        policy.all(site).stream().map(Criterion::code).collect(Collectors.toSet());
    Map<Long, @Nullable LocalDate> born = new HashMap<>();
    held.forEach(m -> born.computeIfAbsent(m.personId(), id -> people.get(site, id).dateOfBirth()));
    List<Long> juvenile =
        held.stream()
            .filter(m -> isMinor(born.get(m.personId()), today))
            .map(Membership::id)
            .toList();
    ComplianceReport report =
        new ComplianceReport(
            today,
            held.size(),
            (int) held.stream().filter(Membership::pending).count(),
            count(held.stream().flatMap(m -> m.criteria().stream()).toList()),
            count(held.stream().map(m -> m.source().trim()).toList()),
            held.stream()
                .filter(
                    m ->
                        m.source().isBlank()
                            || m.criteria().stream().noneMatch(documented::contains))
                .map(Membership::id)
                .toList(),
            held.stream()
                .filter(
                    m ->
                        !m.reviewDate()
                            .isAfter(today.plusDays(ComplianceReport.REVIEW_HORIZON_DAYS)))
                .map(Membership::id)
                .toList(),
            log.search(site, new AuditLog.Filter(null, "purge", null, null, null, null), 0, 1)
                .total(),
            queue.list(site).size(),
            juvenile,
            held.stream()
                .filter(m -> juvenile.contains(m.id()))
                .map(Membership::personId)
                .distinct()
                .count(),
            disseminations.list(site).size());
    audit.write(
        AuditTrail.entry(auditor, AuditAction.READ, "intelligence_report", null, null, null));
    return report;
  }

  private static boolean isMinor(@Nullable LocalDate born, LocalDate today) {
    return born != null && EntryPolicy.age(born, today) < EntryPolicy.ADULT_AGE;
  }

  private static Map<String, Long> count(List<String> values) {
    return values.stream()
        .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
  }
}
