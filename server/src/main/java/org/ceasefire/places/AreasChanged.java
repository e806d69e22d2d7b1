package org.ceasefire.places;

import java.util.Set;

/**
 * Area boundaries of these cities were imported or changed: incidents there may need a new area.
 */
public record AreasChanged(long siteId, Set<Long> jurisdictionIds) {
  public AreasChanged {
    jurisdictionIds = Set.copyOf(jurisdictionIds);
  }
}
