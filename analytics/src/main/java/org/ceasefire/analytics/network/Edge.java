package org.ceasefire.analytics.network;

import java.util.Objects;

/** One edge of an input edge list: {@code source,target[,weight]}. */
public record Edge(String source, String target, double weight) {

  public Edge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (source.isEmpty() || target.isEmpty()) {
      throw new IllegalArgumentException("edge ends must be non-empty node ids");
    }
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("edge weight must be positive and finite: " + weight);
    }
  }

  public static Edge of(String source, String target) {
    return new Edge(source, target, 1.0);
  }
}
