/** The {@code ceasefire analyze} command line. */
@NullMarked
package org.ceasefire.analytics.cli;

import org.jspecify.annotations.NullMarked;
