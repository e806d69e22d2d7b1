package org.ceasefire.outreach;

import java.util.Locale;

/** Where a referral stands. */
public enum ReferralStatus {
  REFERRED,
  ASSESSED,
  ENROLLED,
  DECLINED,
  EXITED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ReferralStatus of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
