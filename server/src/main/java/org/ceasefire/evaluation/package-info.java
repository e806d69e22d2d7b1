/**
 * Evaluation: the site's program definition (name, start, target and comparison cities or areas,
 * outcome measure), the evaluation designs run on the site's own data (interrupted time series,
 * difference-in-differences, synthetic control, survival of notified people against a matched
 * comparison group), each with its chart, plain-language result, interval and caveats; the designs'
 * inputs in the {@code ceasefire analyze} formats; and the de-identified researcher extract.
 */
@NullMarked
package org.ceasefire.evaluation;

import org.jspecify.annotations.NullMarked;
