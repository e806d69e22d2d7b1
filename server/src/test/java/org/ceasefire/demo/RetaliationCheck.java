package org.ceasefire.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures retaliation the way an analyst would, from recorded data only: after a shooting where a
 * member of group A is the suspect and a member of rival group B the victim, is a member of A shot
 * in the next 14 days? Shifting the window by some days gives the chance rate to compare with.
 */
final class RetaliationCheck {

  private final List<DemoIncident> shootings;
  private final Map<Integer, Set<Integer>> groupsOf = new HashMap<>();
  private final Map<Integer, Set<Integer>> rivals = new HashMap<>();

  RetaliationCheck(DemoTile tile) {
    shootings = tile.incidents().stream().filter(DemoIncident::shooting).toList();
    for (DemoMembership m : tile.memberships()) {
      groupsOf.computeIfAbsent(m.personId(), k -> new HashSet<>()).add(m.groupId());
    }
    for (DemoRelationship r : tile.relationships()) {
      if (r.conflict()) {
        rivals.computeIfAbsent(r.groupA(), k -> new HashSet<>()).add(r.groupB());
        rivals.computeIfAbsent(r.groupB(), k -> new HashSet<>()).add(r.groupA());
      }
    }
  }

  /**
   * Share of shootings between rivals (a suspect of group A, a victim of rival group B) followed by
   * a shooting with a victim of A within 14 days, the window starting {@code shiftDays} after the
   * first shooting. Windows running past the last shooting are left out.
   */
  double rivalShootingRate(int shiftDays) {
    Instant last = shootings.get(shootings.size() - 1).occurredAt();
    int cases = 0;
    int followed = 0;
    for (DemoIncident first : shootings) {
      Instant from = first.occurredAt().plus(Duration.ofDays(shiftDays));
      Instant to = from.plus(Duration.ofDays(14));
      if (to.isAfter(last)) {
        continue;
      }
      Set<Integer> targets = new HashSet<>();
      for (int group : victimGroups(first)) {
        for (int shooter : groups(first, "suspect")) {
          if (rivals.getOrDefault(group, Set.of()).contains(shooter)) {
            targets.add(shooter);
          }
        }
      }
      for (int rival : targets) {
        cases++;
        if (shootings.stream()
            .anyMatch(
                s ->
                    s.occurredAt().isAfter(from)
                        && !s.occurredAt().isAfter(to)
                        && victimGroups(s).contains(rival))) {
          followed++;
        }
      }
    }
    return cases == 0 ? 0 : (double) followed / cases;
  }

  private Set<Integer> victimGroups(DemoIncident incident) {
    return groups(incident, "victim");
  }

  private Set<Integer> groups(DemoIncident incident, String role) {
    Set<Integer> groups = new HashSet<>();
    for (DemoParticipant p : incident.participants()) {
      if (p.role().equals(role)) {
        groups.addAll(groupsOf.getOrDefault(p.personId(), Set.of()));
      }
    }
    return groups;
  }
}
