package org.ceasefire.groups;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * New supporting information for an entry: the criteria it now meets and the new source that shows
 * it. Only this restarts an entry's review period; editing other fields does not.
 */
public record Revalidation(
    @Nullable List<String> criteria, @Nullable String source, @Nullable String reviewDate) {

  LocalDate validate(Validator v, Membership current, LocalDate today, LocalDate latest) {
    LocalDate review =
        MembershipInput.Support.check(v, criteria, source, reviewDate, today, latest);
    v.check(
        source == null || !source.trim().equalsIgnoreCase(current.source().trim()),
        "source",
        "must name new supporting information, not the source already on the entry",
        source);
    return review;
  }

  List<String> givenCriteria() {
    return criteria == null ? List.of() : criteria;
  }
}
