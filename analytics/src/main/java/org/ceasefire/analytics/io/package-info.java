/** Reading method inputs (CSV with file/line/column errors) and writing results (JSON). */
@NullMarked
package org.ceasefire.analytics.io;

import org.jspecify.annotations.NullMarked;
