/** The synthetic demo region: a seeded generator and its loader. */
@NullMarked
package org.ceasefire.demo;

import org.jspecify.annotations.NullMarked;
