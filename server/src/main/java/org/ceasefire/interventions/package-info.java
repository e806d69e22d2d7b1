/**
 * Focused-deterrence interventions: call-ins (notification forums) with their speakers, targeted
 * groups, invitation list proposed from supervised members of active groups, attendance and the
 * messages delivered; custom notifications (one person, one visit) with the documented reason, the
 * outcome, a printable letter and follow-up tasks; promise-kept enforcement on groups that offend
 * after being notified; and the outcomes of everyone contacted. The INTERVENTION compartment. Help
 * offered is handed to outreach as {@link org.ceasefire.interventions.HelpOffered}.
 */
@NullMarked
package org.ceasefire.interventions;

import org.jspecify.annotations.NullMarked;
