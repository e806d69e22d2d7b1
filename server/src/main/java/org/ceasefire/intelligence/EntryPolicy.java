package org.ceasefire.intelligence;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.groups.EntryRules;
import org.ceasefire.people.People;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's rules for entries: its active documented criteria; no entry about a person under 13 at
 * entry; for a person under 18 (or of unknown age) a review at most the site's juvenile period away
 * (default two years); for adults at most five years.
 */
@Component
class EntryPolicy implements EntryRules {

  static final int MINIMUM_AGE = 13;
  static final int ADULT_AGE = 18;
  static final int MAXIMUM_REVIEW_YEARS = 5;

  private final CriteriaRepository criteria;
  private final People people;
  private final AuditTrail audit;

  EntryPolicy(CriteriaRepository criteria, People people, AuditTrail audit) {
    this.criteria = criteria;
    this.people = people;
    this.audit = audit;
  }

  @Override
  public Map<String, String> activeCriteria(long siteId) {
    return criteria.all(siteId).stream()
        .filter(Criterion::active)
        .collect(
            Collectors.toMap(Criterion::code, Criterion::label, (a, b) -> a, LinkedHashMap::new));
  }

  @Override
  public LocalDate latestReview(
      Validator v, long siteId, long personId, List<String> given, LocalDate today) {
    Set<String> active = activeCriteria(siteId).keySet();
    for (String c : given) {
      v.check(active.contains(c), "criteria", "is not one of the site's documented criteria", c);
    }
    @Nullable LocalDate born = people.get(siteId, personId).dateOfBirth();
    if (born != null && born.isAfter(today)) {
      v.check(false, "personId", "the person's date of birth is in the future", born);
      return today.plusYears(MAXIMUM_REVIEW_YEARS);
    }
    if (born != null && age(born, today) < MINIMUM_AGE) {
      v.check(false, "personId", "no entry may list a person under " + MINIMUM_AGE, born);
    }
    if (born != null && age(born, today) >= ADULT_AGE) {
      return today.plusYears(MAXIMUM_REVIEW_YEARS);
    }
    return today.plusYears(criteria.juvenileReviewYears(siteId));
  }

  static int age(LocalDate born, LocalDate on) {
    return Period.between(born, on).getYears();
  }

  List<Criterion> all(long siteId) {
    return criteria.all(siteId);
  }

  int juvenileReviewYears(long siteId) {
    return criteria.juvenileReviewYears(siteId);
  }

  @Transactional
  Criterion save(CeasefireUser coordinator, Criterion.Input input) {
    Criterion c = input.validate();
    criteria.save(coordinator.siteId(), c);
    audit.write(
        AuditTrail.entry(
            coordinator,
            AuditAction.UPDATE,
            "documented_criterion",
            null,
            null,
            c.code() + (c.active() ? " active: " : " retired: ") + c.label()));
    return c;
  }

  @Transactional
  int setJuvenileReviewYears(CeasefireUser coordinator, @Nullable Integer years) {
    if (years == null || years < 1 || years > MAXIMUM_REVIEW_YEARS) {
      throw ValidationException.of(
          "juvenileReviewYears", "must be between 1 and " + MAXIMUM_REVIEW_YEARS, years);
    }
    criteria.setJuvenileReviewYears(coordinator.siteId(), years);
    audit.write(
        AuditTrail.entry(
            coordinator,
            AuditAction.UPDATE,
            "intelligence_policy",
            null,
            null,
            "juvenile review years " + years));
    return years;
  }
}
