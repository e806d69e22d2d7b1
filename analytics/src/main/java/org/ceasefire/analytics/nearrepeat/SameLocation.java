package org.ceasefire.analytics.nearrepeat;

/**
 * Whether pairs at the very same location get their own first distance row ({@link #SEPARATE}, the
 * Near Repeat Calculator's "same location" band) or stay in the first band ({@link #POOLED}).
 */
public enum SameLocation {
  POOLED,
  SEPARATE
}
