package org.ceasefire.demo;

/** Who else appears in an incident: identified suspects, those arrested, witnesses. */
final class Participation {

  private Participation() {}

  /**
   * With probability {@code identified} one or two suspects (drawn from {@code pool}) are named;
   * with probability {@code arrested} all of them are arrested together (a co-arrest when two).
   */
  static void suspects(
      Sampling s, Cast cast, WeightedChoice<Integer> pool, double identified, double arrested) {
    if (pool.isEmpty() || !s.chance(identified)) {
      return;
    }
    int count = s.chance(0.3) ? 2 : 1;
    boolean arrest = s.chance(arrested);
    for (int i = 0; i < count; i++) {
      int suspect = pool.draw(s);
      if (cast.has(suspect)) {
        continue;
      }
      cast.add(suspect, "suspect", null);
      if (arrest) {
        cast.add(suspect, "arrestee", null);
      }
    }
  }

  static void witness(Sampling s, Cast cast, CityPlan city, double chance) {
    if (s.chance(chance)) {
      int witness = city.residents.draw(s);
      if (!cast.has(witness)) {
        cast.add(witness, "witness", "none");
      }
    }
  }
}
