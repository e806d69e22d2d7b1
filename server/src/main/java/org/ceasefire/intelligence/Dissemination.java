package org.ceasefire.intelligence;

import java.time.OffsetDateTime;
import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A release of intelligence outside the agency (28 CFR 23.20(f)): to whom, why, what, who, when.
 */
record Dissemination(
    long id,
    String recipientAgency,
    String reason,
    List<Long> entryIds,
    String disseminatedBy,
    OffsetDateTime disseminatedAt) {

  Dissemination {
    entryIds = List.copyOf(entryIds);
  }

  /** What a user submits to record a release. Recipient, need-to-know and entries are required. */
  record Input(
      @Nullable String recipientAgency, @Nullable String reason, @Nullable List<Long> entryIds) {

    void validate(Validator v) {
      v.require("recipientAgency", recipientAgency)
          .maxLength("recipientAgency", recipientAgency, 200);
      v.require("reason", reason).maxLength("reason", reason, 2000);
      v.check(
          entryIds != null && !entryIds.isEmpty(),
          "entryIds",
          "name at least one entry that was shared",
          "");
    }

    List<Long> ids() {
      return entryIds == null ? List.of() : entryIds.stream().distinct().toList();
    }
  }
}
