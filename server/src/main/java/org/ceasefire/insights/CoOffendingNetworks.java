package org.ceasefire.insights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.analytics.network.Attendance;
import org.ceasefire.analytics.network.CoOccurrence;
import org.ceasefire.analytics.network.Direction;
import org.ceasefire.analytics.network.Graph;
import org.ceasefire.analytics.network.Louvain;
import org.ceasefire.analytics.network.Weighting;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.Involvement;
import org.ceasefire.people.People;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site-wide co-offending network: two people are tied when they were suspects or arrestees in
 * the same incident, weighted by the number of such incidents ({@link CoOccurrence}, as {@code
 * analyze project}), with communities from the analytics module's {@link Louvain} on the weighted
 * graph (seed {@value #SEED}, resolution 1, as {@code analyze network --weighted --seed 1}). The
 * most connected people are shown, up to a limit. Built once per site, data version and start date.
 */
@Service
class CoOffendingNetworks {

  static final long SEED = 1;
  static final int DEFAULT_LIMIT = 300;
  static final int MAX_LIMIT = 2000;

  /** The whole network: the graph (people numbered "p" + id) and its Louvain partition. */
  record Whole(Graph graph, Louvain louvain) {}

  private final Incidents incidents;
  private final People people;
  private final AuditTrail audit;
  private final AnalysisCache cache;
  private final NetworkMaterial material;

  CoOffendingNetworks(
      Incidents incidents,
      People people,
      AuditTrail audit,
      AnalysisCache cache,
      NetworkMaterial material) {
    this.material = material;
    this.incidents = incidents;
    this.people = people;
    this.audit = audit;
    this.cache = cache;
  }

  /** Reads the parameters: {@code since} an ISO date, {@code limit} 1 to {@value #MAX_LIMIT}. */
  record Query(@Nullable LocalDate since, int limit) {
    static Query of(@Nullable String since, @Nullable String limit) {
      Validator v = new Validator();
      LocalDate from = null;
      if (since != null && !since.isBlank()) {
        try {
          from = LocalDate.parse(since.trim());
        } catch (java.time.format.DateTimeParseException e) {
          v.check(false, "since", "must be a date like 2026-05-31", since);
        }
      }
      int n = DEFAULT_LIMIT;
      if (limit != null && !limit.isBlank()) {
        try {
          n = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
          n = -1;
        }
      }
      v.check(n >= 1 && n <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT, limit);
      v.throwIfInvalid();
      return new Query(from, n);
    }
  }

  Whole whole(long siteId, @Nullable LocalDate since, boolean withCases) {
    return cache.get(siteId, key(since, withCases), work(siteId, since, withCases));
  }

  /** The viewer's whole network if ready within a moment, else the job's progress. */
  Analysis.Snapshot<Whole> prepare(CeasefireUser viewer, Query query) {
    boolean withCases = material.withCases(viewer);
    return cache.poll(
        viewer.siteId(),
        key(query.since(), withCases),
        work(viewer.siteId(), query.since(), withCases),
        AnalysisCache.defaultWait());
  }

  private static String key(@Nullable LocalDate since, boolean withCases) {
    return "co-offending|" + since + "|" + (withCases ? "cases" : "incidents");
  }

  private AnalysisCache.Work<Whole> work(
      long siteId, @Nullable LocalDate since, boolean withCases) {
    ZoneId zone = incidents.zone(siteId);
    OffsetDateTime from = since == null ? null : since.atStartOfDay(zone).toOffsetDateTime();
    return material.work(
        siteId,
        withCases,
        (involvements, progress) -> {
          progress.at("communities of " + involvements.size() + " involvements (Louvain)", 0.5);
          return build(involvements, from);
        });
  }

  /** The weighted co-offending graph of the involvements from {@code since} and its communities. */
  static Whole build(List<Involvement> involvements, @Nullable OffsetDateTime since) {
    List<Attendance> rows = new ArrayList<>();
    for (Involvement v : involvements) {
      if (!v.role().equals("victim") && (since == null || !v.occurredAt().isBefore(since))) {
        rows.add(new Attendance("p" + v.personId(), "o" + v.incidentId()));
      }
    }
    CoOccurrence co = CoOccurrence.of(rows);
    Graph graph = Graph.of(co.edges(), Direction.UNDIRECTED, Weighting.WEIGHTED);
    return new Whole(graph, Louvain.of(graph, SEED));
  }

  /** The network as a user reads it: every person shown is audited as a search result. */
  @Transactional
  CoOffendingNetwork read(CeasefireUser viewer, Query query) {
    Whole whole = whole(viewer.siteId(), query.since(), material.withCases(viewer));
    Graph g = whole.graph();
    int n = g.nodeCount();
    int[] membership = whole.louvain().membership();
    int[] size = new int[whole.louvain().count()];
    for (int c : membership) {
      size[c]++;
    }
    // Communities numbered by size, largest first (ties: Louvain's order).
    Integer[] order = new Integer[size.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer c) -> -size[c]).thenComparing(c -> c));
    int[] rank = new int[size.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    Integer[] byDegree = new Integer[n];
    Arrays.setAll(byDegree, i -> i);
    Arrays.sort(
        byDegree,
        Comparator.comparingInt((Integer i) -> -g.degree(i))
            .thenComparingDouble(i -> -g.strength(i))
            .thenComparingLong(i -> personId(g, i)));
    int shownCount = Math.min(n, query.limit());
    Set<Integer> shown = new HashSet<>(Arrays.asList(byDegree).subList(0, shownCount));
    List<Long> ids = new ArrayList<>();
    for (int k = 0; k < shownCount; k++) {
      ids.add(personId(g, byDegree[k]));
    }
    Map<Long, String> names = people.names(viewer.siteId(), ids);
    List<CoOffendingNetwork.Node> nodes = new ArrayList<>();
    int[] shownPer = new int[size.length];
    for (int k = 0; k < shownCount; k++) {
      int i = byDegree[k];
      long id = ids.get(k);
      shownPer[rank[membership[i]]]++;
      nodes.add(
          new CoOffendingNetwork.Node(
              id, names.getOrDefault(id, "#" + id), rank[membership[i]], g.degree(i)));
    }
    List<CoOffendingNetwork.Link> links = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      for (int a = g.outStart(v); a < g.outEnd(v); a++) {
        int w = g.outTarget(a);
        if (v < w && shown.contains(v) && shown.contains(w)) {
          links.add(
              new CoOffendingNetwork.Link(
                  personId(g, v), personId(g, w), (int) Math.round(g.outWeight(a))));
        }
      }
    }
    List<CoOffendingNetwork.Community> communities = new ArrayList<>();
    for (int r = 0; r < order.length; r++) {
      communities.add(new CoOffendingNetwork.Community(r, size[order[r]], shownPer[r]));
    }
    audit.searched(
        viewer,
        "person",
        ids,
        "network analysis",
        "site-wide co-offending network"
            + (query.since() == null ? "" : " since " + query.since())
            + ", top "
            + query.limit()
            + " by degree");
    return new CoOffendingNetwork(
        query.since(),
        query.limit(),
        n,
        g.edgeCount(),
        n - shownCount,
        g.edgeCount() - links.size(),
        whole.louvain().modularity(),
        nodes,
        links,
        communities);
  }

  private static long personId(Graph g, int node) {
    return Long.parseLong(g.id(node).substring(1));
  }
}
