/**
 * Prosecution cases from referral to disposition, shared among partners: screening, the forum
 * decision (state, federal, both, declined), federal adoption, charges, court dates, dispositions
 * per charge, the sentence and the status pipeline. The PROSECUTION compartment; the referring
 * agency's users see the status of their cases in their inbox.
 */
@NullMarked
package org.ceasefire.cases;

import org.jspecify.annotations.NullMarked;
