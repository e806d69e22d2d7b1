package org.ceasefire.insights;

import java.util.List;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupRelationship;

/** The conflict and alliance network between groups, for the picture (no person in it). */
record GroupNetwork(List<Node> nodes, List<Link> links) {

  GroupNetwork {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  record Node(long id, String name, String city, String status, int members) {}

  /** An active conflict or alliance between groups {@code source} and {@code target}. */
  record Link(long source, long target, String kind) {}

  static GroupNetwork from(List<CriminalGroup> groups, List<GroupRelationship> relationships) {
    return new GroupNetwork(
        groups.stream()
            .map(g -> new Node(g.id(), g.name(), g.jurisdictionName(), g.status(), g.memberCount()))
            .toList(),
        relationships.stream()
            .filter(GroupRelationship::active)
            .map(r -> new Link(r.groupId(), r.otherGroupId(), r.kind()))
            .toList());
  }
}
