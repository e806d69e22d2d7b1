package org.ceasefire.insights;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.analytics.network.Attendance;
import org.ceasefire.analytics.network.CoOccurrence;
import org.ceasefire.analytics.network.Direction;
import org.ceasefire.analytics.network.Exposure;
import org.ceasefire.analytics.network.Graph;
import org.ceasefire.analytics.network.Weighting;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.incidents.Involvement;
import org.ceasefire.people.People;
import org.ceasefire.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people network: people tied by being suspects or arrestees in the same incident
 * (co-offending) or victims of the same incident (co-victimisation), built by the analytics
 * module's {@link CoOccurrence} (as {@code analyze project}), with exposure to gun violence from
 * {@link Exposure} (as {@code analyze exposure --max-distance 3}; seeds: victims of homicides and
 * non-fatal shootings). Built once per site and data version.
 */
@Service
class PeopleNetworks {

  static final int MAX_DISTANCE = 3;

  /** The site-wide network with exposure, numbered as the graph numbers people. */
  record SiteNetwork(
      Graph graph,
      Map<Long, Integer> index,
      Exposure exposure,
      Set<Long> gunshotVictims,
      List<Involvement> involvements) {}

  private final People people;
  private final Groups groups;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final AnalysisCache cache;
  private final NetworkMaterial material;

  PeopleNetworks(
      People people,
      Groups groups,
      AccessPolicy policy,
      AuditTrail audit,
      AnalysisCache cache,
      NetworkMaterial material) {
    this.material = material;
    this.people = people;
    this.groups = groups;
    this.policy = policy;
    this.audit = audit;
    this.cache = cache;
  }

  SiteNetwork site(long siteId, boolean withCases) {
    return cache.get(siteId, key(withCases), work(siteId, withCases));
  }

  /** The site network the viewer's answers come from if ready within a moment, else progress. */
  Analysis.Snapshot<SiteNetwork> prepare(CeasefireUser viewer) {
    boolean withCases = material.withCases(viewer);
    return cache.poll(
        viewer.siteId(),
        key(withCases),
        work(viewer.siteId(), withCases),
        AnalysisCache.defaultWait());
  }

  private static String key(boolean withCases) {
    return "people-network|" + (withCases ? "cases" : "incidents");
  }

  private AnalysisCache.Work<SiteNetwork> work(long siteId, boolean withCases) {
    return material.work(siteId, withCases, (involvements, progress) -> build(involvements));
  }

  static SiteNetwork build(List<Involvement> involvements) {
    List<Attendance> rows = new ArrayList<>();
    Set<Long> victims = new java.util.LinkedHashSet<>();
    List<String> nodes = new ArrayList<>();
    for (Involvement v : involvements) {
      boolean victim = v.role().equals("victim");
      rows.add(new Attendance("p" + v.personId(), (victim ? "v" : "o") + v.incidentId()));
      if (victim && MapFilter.SHOOTINGS.contains(v.type())) {
        victims.add(v.personId());
      }
    }
    victims.forEach(p -> nodes.add("p" + p));
    CoOccurrence co = CoOccurrence.of(rows);
    nodes.addAll(co.nodes());
    Graph graph = Graph.of(co.edges(), nodes, Direction.UNDIRECTED, Weighting.UNWEIGHTED);
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < graph.nodeCount(); i++) {
      index.put(Long.parseLong(graph.id(i).substring(1)), i);
    }
    int[] seeds = victims.stream().mapToInt(index::get).toArray();
    return new SiteNetwork(
        graph, index, Exposure.of(graph, seeds, MAX_DISTANCE), victims, involvements);
  }

  /** The network within two steps of a person as a user reads it: every person shown audited. */
  @Transactional
  PersonNetwork around(CeasefireUser viewer, long personId) {
    if (!people.exists(viewer.siteId(), personId)) {
      throw new NotFoundException("person", personId);
    }
    SiteNetwork net = site(viewer.siteId(), material.withCases(viewer));
    Map<Long, Integer> steps = withinTwo(net, personId);
    Map<Long, String> names = people.names(viewer.siteId(), steps.keySet());
    boolean intelligence = policy.canRead(viewer.role(), Compartment.INTELLIGENCE);
    Map<Long, List<PersonNetwork.Record>> shot = new HashMap<>();
    Map<Long, List<Involvement>> byIncident = new LinkedHashMap<>();
    for (Involvement v : net.involvements()) {
      if (steps.containsKey(v.personId())) {
        byIncident.computeIfAbsent(v.incidentId(), k -> new ArrayList<>()).add(v);
        if (v.role().equals("victim") && MapFilter.SHOOTINGS.contains(v.type())) {
          shot.computeIfAbsent(v.personId(), k -> new ArrayList<>()).add(record(v));
        }
      }
    }
    List<PersonNetwork.Node> nodes = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : steps.entrySet()) {
      long p = e.getKey();
      Integer i = net.index().get(p);
      int d = i == null ? -1 : net.exposure().distance()[i];
      List<String> tied =
          neighbours(net, p).stream()
              .filter(net.gunshotVictims()::contains)
              .map(q -> names.getOrDefault(q, "#" + q))
              .sorted()
              .toList();
      List<String> groupNames =
          intelligence
              ? groups.membershipsOf(viewer, p).stream().map(Membership::groupName).toList()
              : List.of();
      nodes.add(
          new PersonNetwork.Node(
              p,
              names.getOrDefault(p, "#" + p),
              e.getValue(),
              d < 0 ? null : d,
              shot.getOrDefault(p, List.of()),
              tied,
              i == null ? 0 : net.exposure().seedsWithin2()[i],
              groupNames));
    }
    nodes.sort(
        Comparator.comparingInt(PersonNetwork.Node::steps).thenComparing(PersonNetwork.Node::name));
    audit.searched(
        viewer,
        "person",
        nodes.stream().map(PersonNetwork.Node::personId).toList(),
        "network analysis",
        "within two steps of person " + personId);
    return new PersonNetwork(personId, nodes, ties(byIncident, steps.keySet(), names));
  }

  private static Map<Long, Integer> withinTwo(SiteNetwork net, long personId) {
    Map<Long, Integer> steps = new LinkedHashMap<>();
    steps.put(personId, 0);
    ArrayDeque<Long> queue = new ArrayDeque<>(List.of(personId));
    while (!queue.isEmpty()) {
      long p = queue.poll();
      if (steps.get(p) == 2) {
        continue;
      }
      for (long q : neighbours(net, p)) {
        if (!steps.containsKey(q)) {
          steps.put(q, steps.get(p) + 1);
          queue.add(q);
        }
      }
    }
    return steps;
  }

  private static List<Long> neighbours(SiteNetwork net, long person) {
    Integer i = net.index().get(person);
    if (i == null) {
      return List.of();
    }
    Graph g = net.graph();
    List<Long> out = new ArrayList<>();
    for (int a = g.outStart(i); a < g.outEnd(i); a++) {
      out.add(Long.parseLong(g.id(g.outTarget(a)).substring(1)));
    }
    for (int a = g.inStart(i); a < g.inEnd(i); a++) {
      out.add(Long.parseLong(g.id(g.inSource(a)).substring(1)));
    }
    return out.stream().distinct().toList();
  }

  /** Ties among the shown people, each with the shared incidents behind it. */
  private static List<PersonNetwork.Tie> ties(
      Map<Long, List<Involvement>> byIncident, Set<Long> shown, Map<Long, String> names) {
    Map<String, List<PersonNetwork.Record>> records = new LinkedHashMap<>();
    for (List<Involvement> in : byIncident.values()) {
      for (Involvement x : in) {
        for (Involvement y : in) {
          boolean xv = x.role().equals("victim");
          if (x.personId() < y.personId()
              && xv == y.role().equals("victim")
              && shown.contains(x.personId())
              && shown.contains(y.personId())) {
            String key =
                x.personId()
                    + ":"
                    + y.personId()
                    + ":"
                    + (xv ? "co-victimisation" : "co-offending");
            records.computeIfAbsent(key, k -> new ArrayList<>()).add(record(x));
          }
        }
      }
    }
    List<PersonNetwork.Tie> ties = new ArrayList<>();
    records.forEach(
        (key, rs) -> {
          String[] k = key.split(":");
          long a = Long.parseLong(k[0]);
          long b = Long.parseLong(k[1]);
          ties.add(
              new PersonNetwork.Tie(
                  a,
                  names.getOrDefault(a, "#" + a),
                  b,
                  names.getOrDefault(b, "#" + b),
                  k[2],
                  rs.stream().distinct().toList()));
        });
    return ties;
  }

  private static PersonNetwork.Record record(Involvement v) {
    return new PersonNetwork.Record(
        v.incidentId(), v.type(), v.occurredAt().toLocalDate(), v.role());
  }
}
