package org.ceasefire.groups;

import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/** What a user submits to create or edit a group. */
public record GroupInput(
    @Nullable String name,
    @Nullable String type,
    @Nullable String status,
    @Nullable Long jurisdictionId,
    @Nullable String description,
    @Nullable Integer version) {

  static final List<String> TYPES =
      List.of("street_gang", "crew", "set", "drug_organisation", "other");
  static final List<String> STATUSES = List.of("active", "inactive", "dormant");

  void validate(Validator v) {
    v.require("name", name).maxLength("name", name, 120);
    v.check(type != null && TYPES.contains(type), "type", "must be one of " + TYPES, type);
    v.check(
        status == null || status.isBlank() || STATUSES.contains(status),
        "status",
        "must be one of " + STATUSES,
        status);
    v.check(jurisdictionId != null, "jurisdictionId", "is required", null);
    v.maxLength("description", description, 4000);
  }

  String statusOrActive() {
    return status == null || status.isBlank() ? "active" : status;
  }

  static GroupInput of(CriminalGroup g) {
    return new GroupInput(
        g.name(), g.type(), g.status(), g.jurisdictionId(), g.description(), g.version());
  }

  static GroupInput empty() {
    return new GroupInput(null, "street_gang", "active", null, null, null);
  }
}
