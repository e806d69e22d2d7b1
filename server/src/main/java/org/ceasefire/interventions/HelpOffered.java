package org.ceasefire.interventions;

import java.time.LocalDate;

/**
 * The offer of help was made to a person, at a call-in they attended or in a custom notification
 * delivered to them: the seam where outreach takes over (a referral to an outreach worker). Carries
 * no intelligence and no reason for the selection.
 */
public record HelpOffered(long siteId, long personId, String source, long sourceId, LocalDate on) {

  public static final String CALL_IN = "call_in";
  public static final String NOTIFICATION = "custom_notification";

  public HelpOffered {
    if (!source.equals(CALL_IN) && !source.equals(NOTIFICATION)) {
      throw new IllegalArgumentException("unknown source of an offer of help: " + source);
    }
  }
}
