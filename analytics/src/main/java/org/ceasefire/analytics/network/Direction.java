package org.ceasefire.analytics.network;

/** Whether an edge {@code a,b} means a tie both ways or an arc from a to b. */
public enum Direction {
  UNDIRECTED,
  DIRECTED
}
