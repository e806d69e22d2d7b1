package org.ceasefire.groups;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/** A new conflict or alliance between a group and another. */
public record RelationshipInput(
    @Nullable Long otherGroupId,
    @Nullable String kind,
    @Nullable String since,
    @Nullable String basis) {

  @Nullable LocalDate validate(Validator v, long groupId, LocalDate today) {
    v.check(otherGroupId != null, "otherGroupId", "is required", null);
    v.check(
        otherGroupId == null || otherGroupId != groupId,
        "otherGroupId",
        "a group cannot be in a relationship with itself",
        otherGroupId);
    v.check(
        "conflict".equals(kind) || "alliance".equals(kind),
        "kind",
        "must be conflict or alliance",
        kind);
    v.require("basis", basis).maxLength("basis", basis, 2000);
    if (since == null || since.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(since.trim());
      v.check(!d.isAfter(today), "since", "must not be in the future", d);
      return d;
    } catch (DateTimeParseException e) {
      v.check(false, "since", "is not a date (YYYY-MM-DD)", since);
      return null;
    }
  }
}
