/** Incidents, participants and firearms. */
@NullMarked
package org.ceasefire.incidents;

import org.jspecify.annotations.NullMarked;
