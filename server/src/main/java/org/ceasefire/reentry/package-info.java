/**
 * Reentry: releases from custody, expected and actual, with the supervising agency; the list of
 * upcoming releases for the reentry team (group ties shown to intelligence readers only); the
 * welcome-home visit and the reentry meeting; and the hand-off to outreach.
 */
@NullMarked
package org.ceasefire.reentry;

import org.jspecify.annotations.NullMarked;
