/**
 * Runs the analytics module on the site's data: the hot-spot map (kernel density, Getis-Ord Gi*),
 * the near-repeat grid, and the group audit.
 */
@NullMarked
package org.ceasefire.insights;

import org.jspecify.annotations.NullMarked;
