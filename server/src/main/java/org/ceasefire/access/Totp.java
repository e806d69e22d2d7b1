package org.ceasefire.access;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app makes them: HMAC-SHA-1, six
 * digits, 30-second steps. A code is accepted one step either side of now, for clocks that drift
 * and people who type slowly.
 */
public final class Totp {

  static final int STEP_SECONDS = 30;
  static final int DIGITS = 6;
  static final int WINDOW = 1;

  /** The code for the step holding {@code at}. */
  public static String code(TotpSecret secret, Instant at) {
    return code(secret, step(at));
  }

  /**
   * The step whose code {@code code} is, within the window around {@code now}; empty when it is
   * none of them. Compares in constant time.
   */
  static OptionalLong matchingStep(TotpSecret secret, String code, Instant now) {
    String given = code.replace(" ", "");
    if (!given.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      if (MessageDigest.isEqual(code(secret, step).getBytes(), given.getBytes())) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The otpauth URI authenticator apps read from the QR code (Google's Key Uri Format). */
  static String uri(TotpSecret secret, String issuer, String account) {
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(account)
        + "?secret="
        + secret.base32()
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String code(TotpSecret secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0xf;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format("%0" + DIGITS + "d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  private Totp() {}
}
