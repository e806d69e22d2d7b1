package org.ceasefire.insights;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupRelationship;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.Involvement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group audit (problem analysis): current members of each group (approved entries within their
 * review date only, read through {@link Groups#currentEntries}, audited per entry), home city,
 * active rivals and allies, and the share of homicides and non-fatal shootings in the period with
 * at least one victim or suspect who is a current member — overall and per group.
 */
@Service
class GroupAudit {

  private final Groups groups;
  private final Incidents incidents;

  GroupAudit(Groups groups, Incidents incidents) {
    this.groups = groups;
    this.incidents = incidents;
  }

  @Transactional
  GroupAuditReport of(CeasefireUser viewer, MapFilter period) {
    long site = viewer.siteId();
    List<Membership> entries = groups.currentEntries(viewer);
    Map<Long, Set<Long>> groupsOfPerson = new HashMap<>();
    Map<Long, List<GroupAuditReport.Member>> members = new HashMap<>();
    for (Membership m : entries) {
      groupsOfPerson.computeIfAbsent(m.personId(), k -> new HashSet<>()).add(m.groupId());
      members
          .computeIfAbsent(m.groupId(), k -> new ArrayList<>())
          .add(new GroupAuditReport.Member(m.personId(), m.personName(), m.role(), m.reviewDate()));
    }
    ZoneId zone = incidents.zone(site);
    Map<String, Long> totals = incidents.countsByType(site, period.start(zone), period.end(zone));
    Map<Long, String> typeOf = new HashMap<>();
    Map<Long, Set<Long>> groupsOfIncident = new HashMap<>();
    for (Involvement p :
        incidents.victimsAndSuspects(
            site, MapFilter.SHOOTINGS, period.start(zone), period.end(zone))) {
      typeOf.put(p.incidentId(), p.type());
      Set<Long> g = groupsOfPerson.getOrDefault(p.personId(), Set.of());
      if (!g.isEmpty()) {
        groupsOfIncident.computeIfAbsent(p.incidentId(), k -> new HashSet<>()).addAll(g);
      }
    }
    long homicides = totals.getOrDefault("homicide", 0L);
    long nonFatal = totals.getOrDefault("non_fatal_shooting", 0L);
    long involvedHomicides =
        groupsOfIncident.keySet().stream().filter(i -> typeOf.get(i).equals("homicide")).count();
    long involved = groupsOfIncident.size();
    Map<Long, Long> perGroup = new HashMap<>();
    groupsOfIncident.values().forEach(gs -> gs.forEach(g -> perGroup.merge(g, 1L, Long::sum)));
    List<GroupRelationship> relationships = groups.allRelationships(site);
    List<CriminalGroup> all = groups.all(site);
    Map<Long, String> names = new HashMap<>();
    all.forEach(g -> names.put(g.id(), g.name()));
    List<GroupAuditReport.GroupLine> lines = new ArrayList<>();
    for (CriminalGroup g : all) {
      List<GroupAuditReport.Member> ms = members.getOrDefault(g.id(), List.of());
      lines.add(
          new GroupAuditReport.GroupLine(
              g.id(),
              g.name(),
              g.status(),
              g.jurisdictionName(),
              ms.stream().sorted(Comparator.comparing(GroupAuditReport.Member::name)).toList(),
              others(relationships, g.id(), "conflict", names),
              others(relationships, g.id(), "alliance", names),
              new GroupAuditReport.Share(perGroup.getOrDefault(g.id(), 0L), homicides + nonFatal)));
    }
    lines.sort(
        Comparator.comparing((GroupAuditReport.GroupLine l) -> -l.shootings().involved())
            .thenComparing(GroupAuditReport.GroupLine::name));
    return new GroupAuditReport(
        period.from(),
        period.to(),
        new GroupAuditReport.Share(involvedHomicides, homicides),
        new GroupAuditReport.Share(involved - involvedHomicides, nonFatal),
        new GroupAuditReport.Share(involved, homicides + nonFatal),
        members.size(),
        groupsOfPerson.size(),
        lines);
  }

  /** Groups active in the given kind of relationship with {@code group}, by name. */
  private static List<String> others(
      List<GroupRelationship> all, long group, String kind, Map<Long, String> nameOf) {
    List<String> names = new ArrayList<>();
    for (GroupRelationship r : all) {
      if (!r.active() || !r.kind().equals(kind)) {
        continue;
      }
      if (r.groupId() == group) {
        names.add(r.otherGroupName());
      } else if (r.otherGroupId() == group) {
        names.add(nameOf.getOrDefault(r.groupId(), "#" + r.groupId()));
      }
    }
    names.sort(String::compareTo);
    return names;
  }
}
