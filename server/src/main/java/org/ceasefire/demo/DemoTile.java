package org.ceasefire.demo;

import java.util.List;

/**
 * One copy of the nine-city region with everything in it. Ids are local to the tile and start at 1
 * per kind of record; the writer maps them to database ids. Scale N is N tiles, generated and
 * written one at a time so memory stays bounded by one tile.
 */
record DemoTile(
    int index,
    List<DemoJurisdiction> jurisdictions,
    List<DemoArea> areas,
    List<DemoGroup> groups,
    List<DemoRelationship> relationships,
    List<DemoPerson> people,
    List<DemoMembership> memberships,
    List<DemoIncident> incidents) {

  DemoTile {
    if (index < 0) {
      throw new IllegalArgumentException("negative tile index");
    }
    jurisdictions = List.copyOf(jurisdictions);
    areas = List.copyOf(areas);
    groups = List.copyOf(groups);
    relationships = List.copyOf(relationships);
    people = List.copyOf(people);
    memberships = List.copyOf(memberships);
    incidents = List.copyOf(incidents);
  }
}
