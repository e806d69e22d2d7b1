/**
 * Performance measures of the partnership (docs/measures.md): violence, group-member involvement,
 * victims for disparity monitoring, firearms seized, the program's work (call-ins, notifications,
 * services) and re-offending among notified people, by city and month; the dashboard, the CSV for
 * grant reporting, the quarterly report and the public transparency page with small-cell
 * suppression. Counts only: the AGGREGATE and PUBLIC compartments.
 */
@NullMarked
package org.ceasefire.measures;

import org.jspecify.annotations.NullMarked;
