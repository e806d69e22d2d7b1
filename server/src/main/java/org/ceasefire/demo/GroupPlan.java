package org.ceasefire.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Generation-time facts about one group: its city, rivals and members weighted by how exposed each
 * is to violence (a few members carry most of it, as shooting reviews find).
 */
final class GroupPlan {

  final DemoGroup group;
  final CityPlan city;
  final WeightedChoice<Integer> members = new WeightedChoice<>();
  final List<GroupPlan> allies = new ArrayList<>();

  GroupPlan(DemoGroup group, CityPlan city) {
    this.group = group;
    this.city = city;
  }

  DemoArea home() {
    return city.areas.stream().filter(a -> a.id() == group.homeAreaId()).findFirst().orElseThrow();
  }
}
