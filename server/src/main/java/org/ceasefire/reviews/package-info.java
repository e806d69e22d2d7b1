/** Weekly shooting-review meetings and their generated agendas. */
@NullMarked
package org.ceasefire.reviews;

import org.jspecify.annotations.NullMarked;
