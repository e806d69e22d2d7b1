/**
 * Spatial methods on plain arrays: square grids and counts, kernel density, spatial weights,
 * Getis-Ord Gi*, Moran's I (global and local), Benjamini-Hochberg false discovery rate. No I/O;
 * randomness only from a seed passed in.
 */
@NullMarked
package org.ceasefire.analytics.spatial;

import org.jspecify.annotations.NullMarked;
