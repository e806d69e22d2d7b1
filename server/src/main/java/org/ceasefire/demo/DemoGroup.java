package org.ceasefire.demo;

/** A generated criminal group with the beat it claims; ids are local to the tile. */
record DemoGroup(
    int id, String name, String type, String status, int jurisdictionId, int homeAreaId) {

  DemoGroup {
    if (id < 1 || name.isBlank() || jurisdictionId < 1 || homeAreaId < 1) {
      throw new IllegalArgumentException("invalid group " + id + " " + name);
    }
  }

  boolean active() {
    return status.equals("active");
  }
}
