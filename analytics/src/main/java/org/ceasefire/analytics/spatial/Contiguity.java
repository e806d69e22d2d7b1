package org.ceasefire.analytics.spatial;

/**
 * Which grid cells touch: {@link #ROOK} shares an edge (4 neighbours), {@link #QUEEN} also a corner
 * (8).
 */
public enum Contiguity {
  ROOK,
  QUEEN
}
