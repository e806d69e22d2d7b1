package org.ceasefire.insights;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The co-offending and co-victimisation network within two steps of one person, with each person's
 * exposure to gun violence stated factor by factor with the records behind it — no score.
 */
record PersonNetwork(long centre, List<Node> nodes, List<Tie> ties) {

  PersonNetwork {
    nodes = List.copyOf(nodes);
    ties = List.copyOf(ties);
  }

  /** An incident behind a factor or a tie. */
  record Record(long incidentId, String type, LocalDate date, String role) {}

  /**
   * A person: steps from the centre, steps to the nearest gunshot victim (null beyond three), the
   * shootings they were a victim of, the gunshot victims among their ties and within two steps, and
   * their current groups (empty unless the viewer may read intelligence).
   */
  record Node(
      long personId,
      String name,
      int steps,
      @Nullable Integer stepsToGunshotVictim,
      List<Record> shotIn,
      List<String> gunshotVictimsTied,
      int gunshotVictimsWithinTwo,
      List<String> groups) {
    Node {
      shotIn = List.copyOf(shotIn);
      gunshotVictimsTied = List.copyOf(gunshotVictimsTied);
      groups = List.copyOf(groups);
    }
  }

  /** Two people linked by the incidents they shared: co-offending or co-victimisation. */
  record Tie(long a, String aName, long b, String bName, String kind, List<Record> incidents) {
    Tie {
      incidents = List.copyOf(incidents);
    }
  }
}
