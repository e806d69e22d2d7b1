/**
 * The intelligence lifecycle (28 CFR Part 23): the site's documented criteria and juvenile policy,
 * supervisor approval, expiry into the purge queue and purge, re-validation, dissemination log, the
 * auditor's report and the review board's "why listed" view.
 */
@NullMarked
package org.ceasefire.intelligence;

import org.jspecify.annotations.NullMarked;
