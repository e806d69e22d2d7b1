package org.ceasefire.access;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * A TOTP shared secret (RFC 6238), written in RFC 4648 base32 without padding as authenticator apps
 * expect. 160 bits when generated, the length RFC 4226 recommends for HMAC-SHA-1.
 */
public record TotpSecret(String base32) {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  public TotpSecret {
    base32 = base32.replace(" ", "").toUpperCase(Locale.ROOT);
    if (base32.length() < 16 || !base32.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw new IllegalArgumentException(
          "a TOTP secret is at least 16 base32 characters (A-Z, 2-7)");
    }
  }

  /** A new random secret of 20 bytes. */
  public static TotpSecret random(SecureRandom random) {
    byte[] bytes = new byte[20];
    random.nextBytes(bytes);
    return new TotpSecret(encode(bytes));
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : base32.toCharArray()) {
      buffer = (buffer << 5) | ALPHABET.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  /** The secret in groups of four, easier to type into an app than one long run. */
  public String grouped() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < base32.length(); i += 4) {
      text.append(i == 0 ? "" : " ").append(base32, i, Math.min(base32.length(), i + 4));
    }
    return text.toString();
  }

  static String encode(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return text.toString();
  }

  /** Never the secret itself: records end up in logs. */
  @Override
  public String toString() {
    return "TotpSecret[hidden]";
  }
}
