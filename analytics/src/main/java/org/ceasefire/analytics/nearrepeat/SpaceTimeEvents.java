package org.ceasefire.analytics.nearrepeat;

import org.ceasefire.analytics.spatial.Points;

/** Events at planar locations (metres) and times ({@code seconds} since 1970-01-01T00:00Z). */
public record SpaceTimeEvents(Points points, long[] seconds) {

  public SpaceTimeEvents {
    if (points.size() != seconds.length) {
      throw new IllegalArgumentException("locations and times differ in number");
    }
  }

  public int size() {
    return seconds.length;
  }
}
