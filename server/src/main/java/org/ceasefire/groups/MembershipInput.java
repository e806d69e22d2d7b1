package org.ceasefire.groups;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A new membership entry. It cannot be saved without a source and at least one of the site's
 * documented criteria ({@link EntryRules}); its review date is at most five years out, less for
 * juveniles by site policy (default: the latest date allowed).
 */
public record MembershipInput(
    @Nullable Long personId,
    @Nullable String role,
    @Nullable List<String> criteria,
    @Nullable String source,
    @Nullable String reviewDate) {

  static final List<String> ROLES = List.of("member", "leader", "associate");

  LocalDate validate(Validator v, LocalDate today, LocalDate latest) {
    v.check(personId != null, "personId", "is required", null);
    v.check(
        role == null || role.isBlank() || ROLES.contains(role),
        "role",
        "must be one of " + ROLES,
        role);
    return Support.check(v, criteria, source, reviewDate, today, latest);
  }

  List<String> givenCriteria() {
    return criteria == null ? List.of() : criteria;
  }

  String roleOrMember() {
    return role == null || role.isBlank() ? "member" : role;
  }

  /** The supporting information every entry and re-validation must carry. */
  static final class Support {

    static LocalDate check(
        Validator v,
        @Nullable List<String> criteria,
        @Nullable String source,
        @Nullable String reviewDate,
        LocalDate today,
        LocalDate latest) {
      v.check(
          criteria != null && !criteria.isEmpty(),
          "criteria",
          "at least one documented criterion is required",
          "");
      v.require("source", source).maxLength("source", source, 1000);
      if (reviewDate == null || reviewDate.isBlank()) {
        return latest;
      }
      try {
        LocalDate review = LocalDate.parse(reviewDate.trim());
        v.check(
            !review.isAfter(latest),
            "reviewDate",
            "must be on or before " + latest + " (five years at most, less for juveniles)",
            review);
        v.check(review.isAfter(today), "reviewDate", "must be in the future", review);
        return review;
      } catch (DateTimeParseException e) {
        v.check(false, "reviewDate", "is not a date (YYYY-MM-DD)", reviewDate);
        return latest;
      }
    }

    private Support() {}
  }
}
