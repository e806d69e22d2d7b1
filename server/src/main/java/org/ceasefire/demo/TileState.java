package org.ceasefire.demo;

import java.util.ArrayList;
import java.util.List;

/** Everything being built for one tile; the generator's steps add to it in order. */
final class TileState {

  final DemoParameters parameters;
  final int index;
  final Sampling sampling;
  final List<CityPlan> cities = new ArrayList<>();
  final List<GroupPlan> groups = new ArrayList<>();
  final List<DemoJurisdiction> jurisdictions = new ArrayList<>();
  final List<DemoArea> areas = new ArrayList<>();
  final List<DemoRelationship> relationships = new ArrayList<>();
  final List<DemoPerson> people = new ArrayList<>();
  final List<DemoMembership> memberships = new ArrayList<>();
  final List<DemoIncident> incidents = new ArrayList<>();

  TileState(DemoParameters parameters, int index) {
    this.parameters = parameters;
    this.index = index;
    this.sampling = new Sampling(Sampling.tileSeed(parameters.seed(), index));
  }

  /** Suffix that keeps names unique across tiles: none for the first (real) tile. */
  String copySuffix() {
    return index == 0 ? "" : " " + (index + 1);
  }

  GroupPlan group(int id) {
    return groups.get(id - 1);
  }

  DemoTile toTile() {
    return new DemoTile(
        index,
        jurisdictions,
        areas,
        groups.stream().map(g -> g.group).toList(),
        relationships,
        people,
        memberships,
        incidents);
  }
}
