/** The partnership's cities (jurisdictions) and areas (beats, districts, neighbourhoods). */
@NullMarked
package org.ceasefire.places;

import org.jspecify.annotations.NullMarked;
