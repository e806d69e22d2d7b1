package org.ceasefire.analytics.network;

import java.util.Objects;

/** One row of a person–event file: the node took part in the event (arrest, shooting, stop). */
public record Attendance(String node, String event) {

  public Attendance {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(event, "event");
    if (node.isEmpty() || event.isEmpty()) {
      throw new IllegalArgumentException("node and event must be non-empty");
    }
  }
}
