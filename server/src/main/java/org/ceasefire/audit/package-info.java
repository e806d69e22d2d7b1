/** The history of person-level records (and, with the access issue, the audit trail). */
@NullMarked
package org.ceasefire.audit;

import org.jspecify.annotations.NullMarked;
