package org.ceasefire.demo;

import org.jspecify.annotations.Nullable;

/** A person's part in an incident: victim, suspect, arrestee or witness. */
record DemoParticipant(int personId, String role, @Nullable String injury) {

  DemoParticipant {
    if (personId < 1) {
      throw new IllegalArgumentException("invalid person id " + personId);
    }
    switch (role) {
      case "victim", "suspect", "arrestee", "witness" -> {}
      default -> throw new IllegalArgumentException("unknown participant role " + role);
    }
  }
}
