package org.ceasefire.demo;

import java.time.LocalDate;

/** A conflict or alliance between two groups, smaller id first as the schema requires. */
record DemoRelationship(int groupA, int groupB, String kind, LocalDate since, String basis) {

  DemoRelationship {
    if (groupA >= groupB) {
      throw new IllegalArgumentException(
          "group_a must be below group_b: " + groupA + ", " + groupB);
    }
    if (!kind.equals("conflict") && !kind.equals("alliance")) {
      throw new IllegalArgumentException("unknown relationship kind " + kind);
    }
    if (basis.isBlank()) {
      throw new IllegalArgumentException("a relationship needs a basis");
    }
  }

  boolean conflict() {
    return kind.equals("conflict");
  }
}
