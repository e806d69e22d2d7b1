package org.ceasefire.reviews;

/**
 * How far from a shooting, and for how long after it, further shootings are more likely than chance
 * in this site, with the basis in words: estimated from the site's own shootings, or the default
 * when they are too few to show a pattern.
 */
public record NearRepeatWindow(int meters, int days, boolean estimated, String basis) {
  public NearRepeatWindow {
    if (meters <= 0 || days <= 0 || basis.isBlank()) {
      throw new IllegalArgumentException("a window has a radius, a length and a basis");
    }
  }
}
