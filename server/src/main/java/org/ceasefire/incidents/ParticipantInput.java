package org.ceasefire.incidents;

import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/** A person added to an incident in a role, with their injury if any. */
public record ParticipantInput(
    @Nullable Long personId, @Nullable String role, @Nullable String injury) {

  static final List<String> ROLES = List.of("victim", "suspect", "arrestee", "witness");
  static final List<String> INJURIES = List.of("fatal", "non_fatal", "none");

  void validate(Validator v) {
    v.check(personId != null, "personId", "is required", null);
    v.check(role != null && ROLES.contains(role), "role", "must be one of " + ROLES, role);
    v.check(
        injury == null || injury.isBlank() || INJURIES.contains(injury),
        "injury",
        "must be one of " + INJURIES,
        injury);
  }

  @Nullable String injuryOrNull() {
    return injury == null || injury.isBlank() ? null : injury;
  }
}
