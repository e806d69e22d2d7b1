package org.ceasefire.reentry;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A release from custody: where from, when expected, when it happened, who supervises. An expected
 * release is either released (on a day not in the future) or cancelled; nothing else moves it.
 */
public record Release(
    long id,
    long personId,
    String personName,
    String facility,
    LocalDate expectedOn,
    @Nullable LocalDate releasedOn,
    @Nullable Long supervisingAgencyId,
    @Nullable String supervisingAgency,
    String supervisionKind,
    String status,
    int version) {

  static final List<String> SUPERVISION =
      List.of("probation", "parole", "supervised_release", "none");

  Release named(String name) {
    return new Release(
        id,
        personId,
        name,
        facility,
        expectedOn,
        releasedOn,
        supervisingAgencyId,
        supervisingAgency,
        supervisionKind,
        status,
        version);
  }

  void release(LocalDate on, LocalDate today) {
    expected("released");
    if (on.isAfter(today)) {
      throw ValidationException.of("releasedOn", "must not be in the future", on);
    }
  }

  void cancel() {
    expected("cancelled");
  }

  private void expected(String to) {
    if (!status.equals("expected")) {
      throw ValidationException.of(
          "action", "only an expected release can be marked " + to + " (it is " + status + ")", "");
    }
  }
}
