package org.ceasefire.demo;

/** A generated jurisdiction (a partner city); {@code id} is local to its tile, from 1. */
record DemoJurisdiction(int id, String name, String state, double lon, double lat, int population) {

  DemoJurisdiction {
    if (id < 1 || name.isBlank() || state.isBlank() || population < 0) {
      throw new IllegalArgumentException("invalid jurisdiction " + id + " " + name);
    }
  }
}
