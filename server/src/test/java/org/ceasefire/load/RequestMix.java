package org.ceasefire.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load test's mix of requests: {@code name:weight,name:weight,...}, weights whole numbers, each
 * name one of the scenario's requests. {@link #pick(double)} maps a uniform number in [0, 1) to a
 * request by weight, so a seeded random gives the same sequence every run.
 */
record RequestMix(Map<String, Integer> weights) {

  RequestMix {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("the mix names no request");
    }
    weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /** Parses {@code text}, refusing a name not in {@code known}, a repeat, or a bad weight. */
  static RequestMix parse(String text, Set<String> known) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      String entry = part.trim();
      if (entry.isEmpty()) {
        continue;
      }
      int colon = entry.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("mix entry '" + entry + "' is not name:weight");
      }
      String name = entry.substring(0, colon).trim();
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "mix entry '" + entry + "' names no request; known: " + new java.util.TreeSet<>(known));
      }
      int weight;
      try {
        weight = Integer.parseInt(entry.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "mix entry '" + entry + "': weight is not a whole number");
      }
      if (weight < 1) {
        throw new IllegalArgumentException("mix entry '" + entry + "': weight must be at least 1");
      }
      if (weights.put(name, weight) != null) {
        throw new IllegalArgumentException("mix names '" + name + "' twice");
      }
    }
    return new RequestMix(weights);
  }

  int total() {
    return weights.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The request for {@code u} in [0, 1): the names laid end to end, each as wide as its weight. */
  String pick(double u) {
    if (!(u >= 0 && u < 1)) {
      throw new IllegalArgumentException("u must be in [0, 1), not " + u);
    }
    double target = u * total();
    double end = 0;
    String last = null;
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      end += e.getValue();
      last = e.getKey();
      if (target < end) {
        return last;
      }
    }
    return last; // rounding at the very top
  }

  List<String> names() {
    return new ArrayList<>(weights.keySet());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    weights.forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append(k).append(':').append(v));
    return s.toString();
  }
}
