package org.ceasefire.demo;

import java.time.Instant;
import org.ceasefire.access.Totp;
import org.ceasefire.access.TotpSecret;

/**
 * The demo users' second factor: one published secret, so anyone trying the demo can sign in with
 * any authenticator app (add the key by hand) or with {@code ./ceasefire totp}, which prints the
 * current code. Demo only: real users each enrol their own secret at first sign-in.
 */
public final class DemoSecondFactor {

  /** The demo TOTP key (base32), documented in the README. */
  public static final TotpSecret SECRET = new TotpSecret("CEASEFIREDEMOTOTPSECRETKEYABCDEF");

  /** The demo code now, for {@code ./ceasefire totp}. */
  public static String currentCode(Instant now) {
    return Totp.code(SECRET, now);
  }

  private DemoSecondFactor() {}
}
