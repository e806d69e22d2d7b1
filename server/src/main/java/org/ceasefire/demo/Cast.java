package org.ceasefire.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The people in one incident; a person appears at most once per role, as the schema requires. */
final class Cast {

  private final List<DemoParticipant> participants = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  static Cast none() {
    return new Cast();
  }

  Cast add(int personId, String role, @Nullable String injury) {
    if (seen.add(personId + "/" + role)) {
      participants.add(new DemoParticipant(personId, role, injury));
    }
    return this;
  }

  boolean has(int personId) {
    return participants.stream().anyMatch(p -> p.personId() == personId);
  }

  List<DemoParticipant> participants() {
    return List.copyOf(participants);
  }
}
