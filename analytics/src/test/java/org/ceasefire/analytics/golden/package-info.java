/** Reading the golden files made by the peers (R, Python). */
@NullMarked
package org.ceasefire.analytics.golden;

import org.jspecify.annotations.NullMarked;
