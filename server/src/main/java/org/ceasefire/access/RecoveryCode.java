package org.ceasefire.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A one-time recovery code: 16 characters from an alphabet without look-alikes (79 bits), shown in
 * groups of four. Stored only as a SHA-256 salted with the user, enough for a random code of this
 * strength (unlike a password, it cannot be guessed from a dictionary).
 */
record RecoveryCode(String text) {

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final int LENGTH = 16;

  RecoveryCode {
    text = normalise(text);
    if (text.length() != LENGTH || !text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw new IllegalArgumentException("not a recovery code");
    }
  }

  static RecoveryCode random(SecureRandom random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new RecoveryCode(text.toString());
  }

  static boolean looksLikeOne(String given) {
    String text = normalise(given);
    return text.length() == LENGTH && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  String grouped() {
    return String.join(
        "-", text.substring(0, 4), text.substring(4, 8), text.substring(8, 12), text.substring(12));
  }

  String hashFor(long siteId, long userId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest((siteId + ":" + userId + ":" + text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "RecoveryCode[hidden]";
  }

  private static String normalise(String given) {
    return given.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
