package org.ceasefire.demo;

import java.util.List;

/**
 * A partner city of the demo region: a real Connecticut city name, its approximate real centroid
 * and 2020 census population. The violence weight is synthetic: it only shapes how much of the
 * generated activity lands in the city, and says nothing about the real city.
 *
 * @param code short prefix for report numbers
 * @param violence synthetic relative share of groups and shootings
 * @param grid the city's areas form a grid x grid square of beats
 */
record DemoCity(
    String name, String code, double lon, double lat, int population, double violence, int grid) {

  DemoCity {
    if (name.isBlank() || code.isBlank()) {
      throw new IllegalArgumentException("a city needs a name and a code");
    }
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new IllegalArgumentException("centroid out of range for " + name);
    }
    if (population <= 0 || violence <= 0 || grid < 1) {
      throw new IllegalArgumentException("population, violence and grid must be positive");
    }
  }

  /** The nine cities of the District of Connecticut demo (centroids checked against gazetteers). */
  static final List<DemoCity> CONNECTICUT =
      List.of(
          new DemoCity("Hartford", "HFD", -72.6734, 41.7658, 121_054, 1.00, 5),
          new DemoCity("Bridgeport", "BPT", -73.1952, 41.1865, 148_654, 0.90, 5),
          new DemoCity("New Haven", "NHV", -72.9279, 41.3083, 134_023, 0.85, 5),
          new DemoCity("Waterbury", "WTB", -73.0515, 41.5582, 114_403, 0.45, 4),
          new DemoCity("New Britain", "NBR", -72.7795, 41.6612, 74_135, 0.35, 4),
          new DemoCity("New London", "NLN", -72.0995, 41.3557, 27_367, 0.20, 3),
          new DemoCity("Norwich", "NOR", -72.0759, 41.5243, 40_125, 0.15, 3),
          new DemoCity("Stamford", "STM", -73.5387, 41.0534, 135_470, 0.15, 5),
          new DemoCity("Norwalk", "NWK", -73.4082, 41.1177, 91_184, 0.12, 4));

  static double totalViolence() {
    return CONNECTICUT.stream().mapToDouble(DemoCity::violence).sum();
  }

  static int totalPopulation() {
    return CONNECTICUT.stream().mapToInt(DemoCity::population).sum();
  }
}
