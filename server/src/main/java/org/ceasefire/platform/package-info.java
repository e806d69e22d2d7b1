/** Shared plumbing: the embedded database, error responses, the page layout. */
@NullMarked
package org.ceasefire.platform;

import org.jspecify.annotations.NullMarked;
