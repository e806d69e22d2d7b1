/**
 * JMH benchmarks and the seeded graphs they run on. Not run by {@code mvn verify}; see {@code
 * analytics/src/test/bench/network-benchmarks.sh}.
 */
@NullMarked
package org.ceasefire.analytics.bench;

import org.jspecify.annotations.NullMarked;
