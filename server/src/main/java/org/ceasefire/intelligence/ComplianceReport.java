package org.ceasefire.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The auditor's figures for a site (CalGang-style audit): counts and entry ids, never names.
 *
 * @param entries entries held (approved or pending, not yet expired)
 * @param pending of which waiting for approval
 * @param byCriterion entries meeting each criterion (an entry may meet several)
 * @param bySource entries per source
 * @param withoutSupport ids of entries with no documented criterion of the site or no source
 * @param reviewsDue ids of entries whose review falls within the next 90 days
 * @param purgesDone records purged, per the audit trail
 * @param queuedForPurge records expired and waiting for purge
 * @param juvenileEntries ids of entries about persons now under 18
 * @param juvenilePersons how many persons now under 18 are listed
 * @param disseminations releases outside the agency recorded
 */
record ComplianceReport(
    LocalDate on,
    int entries,
    int pending,
    Map<String, Long> byCriterion,
    Map<String, Long> bySource,
    List<Long> withoutSupport,
    List<Long> reviewsDue,
    long purgesDone,
    int queuedForPurge,
    List<Long> juvenileEntries,
    long juvenilePersons,
    int disseminations) {

  static final int REVIEW_HORIZON_DAYS = 90;

  ComplianceReport {
    byCriterion = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCriterion));
    bySource = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bySource));
    withoutSupport = List.copyOf(withoutSupport);
    reviewsDue = List.copyOf(reviewsDue);
    juvenileEntries = List.copyOf(juvenileEntries);
  }
}
