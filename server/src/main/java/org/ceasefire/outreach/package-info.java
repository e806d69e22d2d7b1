/**
 * Outreach: referrals of people to a service provider, their needs, services, contacts, milestones
 * and exit, and their consent to tell partners that they accepted help. The OUTREACH compartment,
 * walled off from law enforcement: workers see their own caseload, supervisors their agency's;
 * law-enforcement roles see at most "accepted help: yes/no", only under a valid consent, each time
 * logged as a disclosure.
 */
@NullMarked
package org.ceasefire.outreach;

import org.jspecify.annotations.NullMarked;
