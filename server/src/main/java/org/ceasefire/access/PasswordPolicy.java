package org.ceasefire.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.ceasefire.platform.ValidationException;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B, CJIS 5.6.2.1.1): at least {@value #MINIMUM_LENGTH}
 * characters, no composition rules, and not on the list of common and guessable passwords the
 * project ships ({@code access/banned-passwords.txt}, with its provenance in its header). Length
 * beats complexity; the list catches the long-but-guessable ones ("password1234", "correct horse
 * battery staple", a dictionary word with a year).
 */
@Component
class PasswordPolicy {

  static final int MINIMUM_LENGTH = 12;
  static final int MAXIMUM_LENGTH = 128; // BCrypt reads 72 bytes; longer is accepted but pointless

  private final Set<String> banned;

  PasswordPolicy() {
    this.banned = load("/access/banned-passwords.txt");
  }

  /** Refuses the password with a message saying what to do instead; never echoes it back. */
  void check(String username, String password) {
    int length = password.codePointCount(0, password.length());
    if (length < MINIMUM_LENGTH) {
      throw refused(
          "must be at least " + MINIMUM_LENGTH + " characters; a few unrelated words work well");
    }
    if (length > MAXIMUM_LENGTH) {
      throw refused("must be at most " + MAXIMUM_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (banned.contains(lower) || banned.contains(core(lower))) {
      throw refused("is too common or too easy to guess; choose a few unrelated words");
    }
    if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
      throw refused("must not contain the username");
    }
  }

  boolean isBanned(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    return banned.contains(lower) || banned.contains(core(lower));
  }

  /** The password without the digits, symbols and spaces people pad a word with at either end. */
  static String core(String password) {
    int start = 0;
    int end = password.length();
    while (start < end && !Character.isLetter(password.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(password.charAt(end - 1))) {
      end--;
    }
    return password.substring(start, end);
  }

  private static ValidationException refused(String message) {
    return ValidationException.of("password", "The password " + message, "");
  }

  private static Set<String> load(String resource) {
    Set<String> entries = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          entries.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(entries);
  }
}
