package org.ceasefire.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates about sixty groups per tile, shared among the cities by their synthetic violence weight,
 * each claiming a beat drawn by risk (groups sit where shootings happen), and the conflict network:
 * within a city a pair of active groups is at war with probability 0.28 or allied with 0.18;
 * neighbouring cities (under 0.3 degrees apart) feud rarely (0.04).
 */
final class GroupNetwork {

  static final int GROUPS_PER_TILE = 60;
  private static final double SAME_CITY_CONFLICT = 0.28;
  private static final double SAME_CITY_ALLIANCE = 0.18;
  private static final double NEARBY_CONFLICT = 0.04;
  private static final List<String> TYPES =
      List.of("street_gang", "crew", "set", "drug_organisation");
  private static final double[] TYPE_WEIGHTS = {0.35, 0.35, 0.2, 0.1};

  private GroupNetwork() {}

  static void build(TileState state) {
    Set<String> names = new HashSet<>();
    for (CityPlan city : state.cities) {
      int count = Math.max(1, (int) Math.round(GROUPS_PER_TILE * city.violenceShare()));
      for (int i = 0; i < count; i++) {
        addGroup(state, city, names);
      }
    }
    relate(state);
  }

  private static void addGroup(TileState state, CityPlan city, Set<String> names) {
    Sampling s = state.sampling;
    String name;
    do {
      name = SyntheticNames.group(s) + state.copySuffix();
    } while (!names.add(name));
    double roll = s.uniform(0, 1);
    String status = roll < 0.88 ? "active" : roll < 0.95 ? "dormant" : "inactive";
    DemoGroup group =
        new DemoGroup(
            state.groups.size() + 1,
            name,
            TYPES.get(s.weighted(TYPE_WEIGHTS)),
            status,
            city.jurisdiction.id(),
            city.byRisk.draw(s).id());
    GroupPlan plan = new GroupPlan(group, city);
    state.groups.add(plan);
    city.groups.add(plan);
  }

  private static void relate(TileState state) {
    Sampling s = state.sampling;
    List<GroupPlan> active = state.groups.stream().filter(g -> g.group.active()).toList();
    for (int i = 0; i < active.size(); i++) {
      for (int j = i + 1; j < active.size(); j++) {
        GroupPlan a = active.get(i);
        GroupPlan b = active.get(j);
        double roll = s.uniform(0, 1);
        if (a.city == b.city) {
          if (roll < SAME_CITY_CONFLICT) {
            add(state, a, b, "conflict");
          } else if (roll < SAME_CITY_CONFLICT + SAME_CITY_ALLIANCE) {
            add(state, a, b, "alliance");
          }
        } else if (distance(a.city, b.city) < 0.3 && roll < NEARBY_CONFLICT) {
          add(state, a, b, "conflict");
        }
      }
    }
  }

  private static void add(TileState state, GroupPlan a, GroupPlan b, String kind) {
    String basis =
        kind.equals("conflict")
            ? "Synthetic: shootings between members discussed at shooting review"
            : "Synthetic: co-arrests and joint social media posts";
    state.relationships.add(
        new DemoRelationship(
            a.group.id(),
            b.group.id(),
            kind,
            state.parameters.startDate().minusDays(state.sampling.between(30, 1500)),
            basis));
    if (kind.equals("alliance")) {
      a.allies.add(b);
      b.allies.add(a);
    }
  }

  private static double distance(CityPlan a, CityPlan b) {
    return StrictMath.hypot(a.city.lon() - b.city.lon(), a.city.lat() - b.city.lat());
  }
}
