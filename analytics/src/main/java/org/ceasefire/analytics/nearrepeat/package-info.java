/**
 * Space-time clustering of events: the Knox test and the Near Repeat Calculator's table of Knox
 * ratios by distance band and time band, with Monte Carlo permutation of event times.
 */
@NullMarked
package org.ceasefire.analytics.nearrepeat;

import org.jspecify.annotations.NullMarked;
