/** The start page: what the signed-in user's role can do, with the site's headline figures. */
@NullMarked
package org.ceasefire.home;

import org.jspecify.annotations.NullMarked;
