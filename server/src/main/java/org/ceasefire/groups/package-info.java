/** Groups, membership entries (intelligence), conflicts and alliances. */
@NullMarked
package org.ceasefire.groups;

import org.jspecify.annotations.NullMarked;
