package org.ceasefire.evaluation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The researcher extract's keyed de-identification: a person's pseudonym is HMAC-SHA256 of {@code
 * "person:" + id} under the site's secret key (the first 12 bytes, hex), so the same person gets
 * the same pseudonym in every extract and nobody without the key can go back to the id; an
 * incident's key is made the same way from {@code "incident:" + id}. A person's date shift is a
 * whole number of days in [-maxShift, +maxShift] drawn from HMAC of {@code "shift:" + id}: the same
 * for all of that person's events, so their intervals are kept.
 */
final class Pseudonyms {

  private final Mac mac;
  private final int maxShift;

  Pseudonyms(byte[] key, int maxShift) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the extract key must have at least 32 bytes");
    }
    if (maxShift < 1) {
      throw new IllegalArgumentException("the largest date shift must be at least one day");
    }
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
    this.maxShift = maxShift;
  }

  String person(long id) {
    return "P" + HexFormat.of().formatHex(digest("person:" + id), 0, 12);
  }

  String incident(long id) {
    return "I" + HexFormat.of().formatHex(digest("incident:" + id), 0, 12);
  }

  /** The person's shift in days, in [-maxShift, maxShift]. */
  int shiftDays(long personId) {
    long bits = ByteBuffer.wrap(digest("shift:" + personId)).getLong();
    return (int) Math.floorMod(bits, 2L * maxShift + 1) - maxShift;
  }

  int maxShift() {
    return maxShift;
  }

  private byte[] digest(String text) {
    synchronized (mac) {
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
