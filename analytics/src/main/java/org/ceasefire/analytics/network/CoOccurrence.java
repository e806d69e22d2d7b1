package org.ceasefire.analytics.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one-mode projection of a person–event (two-mode) network: two people are linked when they
 * share an event, with weight {@code w_uv = |events(u) ∩ events(v)|} (co-offending, co-arrest,
 * co-victimisation). A repeated person–event row counts once. People who share no event with anyone
 * appear in {@link #nodes()} but in no edge.
 *
 * <p>Edges are listed with the earlier-seen person as source, ordered by source then target. Same
 * weights as igraph's {@code bipartite_projection(...)$weight}. Complexity O(sum over events of
 * k_e^2) for k_e people at event e, plus hashing.
 *
 * @param nodes every person, in order of first appearance
 * @param edges the weighted co-occurrence edges
 */
public record CoOccurrence(List<String> nodes, List<Edge> edges) {

  public CoOccurrence {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  public static CoOccurrence of(List<Attendance> rows) {
    Map<String, Integer> people = new LinkedHashMap<>();
    Map<String, Set<Integer>> events = new LinkedHashMap<>();
    for (Attendance a : rows) {
      int p = people.computeIfAbsent(a.node(), k -> people.size());
      events.computeIfAbsent(a.event(), k -> new LinkedHashSet<>()).add(p);
    }
    Map<Long, int[]> shared = new HashMap<>();
    for (Set<Integer> members : events.values()) {
      int[] m = members.stream().mapToInt(Integer::intValue).sorted().toArray();
      for (int i = 0; i < m.length; i++) {
        for (int j = i + 1; j < m.length; j++) {
          shared.computeIfAbsent(((long) m[i] << 32) | m[j], k -> new int[1])[0]++;
        }
      }
    }
    List<String> ids = new ArrayList<>(people.keySet());
    List<Long> keys = new ArrayList<>(shared.keySet());
    keys.sort(null);
    List<Edge> edges = new ArrayList<>(keys.size());
    for (long key : keys) {
      edges.add(new Edge(ids.get((int) (key >>> 32)), ids.get((int) key), shared.get(key)[0]));
    }
    return new CoOccurrence(ids, edges);
  }
}
