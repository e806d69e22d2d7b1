package org.ceasefire.groups;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A new membership entry. It cannot be saved without a source and at least one documented
 * criterion; its review date is at most five years out (default: exactly five).
 */
public record MembershipInput(
    @Nullable Long personId,
    @Nullable String role,
    @Nullable List<String> criteria,
    @Nullable String source,
    @Nullable String reviewDate) {

  /** The documented criteria (the site-configurable list comes with the intelligence feature). */
  static final List<String> CRITERIA =
      List.of(
          "self_admission",
          "arrested_with_members",
          "identified_by_reliable_source",
          "group_tattoos_or_symbols",
          "social_media_admission",
          "observed_associating",
          "court_finding");

  static final List<String> ROLES = List.of("member", "leader", "associate");

  LocalDate validate(Validator v, LocalDate today) {
    v.check(personId != null, "personId", "is required", null);
    v.check(
        role == null || role.isBlank() || ROLES.contains(role),
        "role",
        "must be one of " + ROLES,
        role);
    List<String> given = criteria == null ? List.of() : criteria;
    v.check(!given.isEmpty(), "criteria", "at least one documented criterion is required", "");
    for (String c : given) {
      v.check(CRITERIA.contains(c), "criteria", "is not a documented criterion", c);
    }
    v.require("source", source).maxLength("source", source, 1000);
    LocalDate limit = today.plusYears(5);
    LocalDate review = limit;
    if (reviewDate != null && !reviewDate.isBlank()) {
      try {
        review = LocalDate.parse(reviewDate.trim());
        v.check(!review.isAfter(limit), "reviewDate", "must be at most five years away", review);
        v.check(review.isAfter(today), "reviewDate", "must be in the future", review);
      } catch (DateTimeParseException e) {
        v.check(false, "reviewDate", "is not a date (YYYY-MM-DD)", reviewDate);
      }
    }
    return review;
  }

  String roleOrMember() {
    return role == null || role.isBlank() ? "member" : role;
  }
}
