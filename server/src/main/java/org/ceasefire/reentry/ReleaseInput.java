package org.ceasefire.reentry;

import java.time.LocalDate;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/** An expected release as entered: the person, the facility, the date, the supervision after. */
public record ReleaseInput(
    @Nullable Long personId,
    @Nullable String facility,
    @Nullable String expectedOn,
    @Nullable Long supervisingAgencyId,
    @Nullable String supervisionKind) {

  @Nullable LocalDate check(Validator v) {
    v.check(personId != null, "personId", "is required", null);
    v.require("facility", facility).maxLength("facility", facility, 200);
    String kind = kind();
    v.check(
        Release.SUPERVISION.contains(kind),
        "supervisionKind",
        "must be one of " + Release.SUPERVISION,
        supervisionKind);
    v.check(
        kind.equals("none") || supervisingAgencyId != null,
        "supervisingAgencyId",
        "name the agency that supervises the " + kind,
        null);
    return v.date("expectedOn", expectedOn, true, null);
  }

  String kind() {
    return supervisionKind == null || supervisionKind.isBlank() ? "none" : supervisionKind.strip();
  }
}
