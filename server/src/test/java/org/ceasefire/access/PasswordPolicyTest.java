package org.ceasefire.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Length over composition, and the shipped list of common passwords (checklist A4). */
class PasswordPolicyTest {

  static final PasswordPolicy policy = new PasswordPolicy();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "Password2026!",
        "PASSWORD123456",
        "qwertyuiop123",
        "123456789012",
        "aaaaaaaaaaaa",
        "correct horse battery staple",
        "CorrectHorseBatteryStaple",
        "iloveyou1234",
        "ceasefire2026",
        "2026 international!!",
        "Basketball2024",
        "1qaz2wsx3edc4rfv"
      })
  void refusesCommonAndGuessablePasswords(String password) {
    assertThatThrownBy(() -> policy.check("someone", password))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("too common");
  }

  @Test
  void refusesEveryEntryOfTheShippedListLongEnoughToPassTheLengthRule() throws Exception {
    List<String> accepted = new ArrayList<>();
    try (BufferedReader list =
        new BufferedReader(
            new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("/access/banned-passwords.txt"),
                StandardCharsets.UTF_8))) {
      for (String line = list.readLine(); line != null; line = list.readLine()) {
        if (!line.startsWith("#") && line.length() >= PasswordPolicy.MINIMUM_LENGTH) {
          try {
            policy.check("someone", line);
            accepted.add(line);
          } catch (ValidationException expected) {
            // refused, as it should be
          }
        }
      }
    }
    assertThat(accepted).isEmpty();
  }

  @Test
  void refusesShortPasswordsWhateverTheirComposition() {
    assertThatThrownBy(() -> policy.check("someone", "Xq7#vL2!pR9"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least 12 characters");
  }

  @Test
  void refusesAPasswordHoldingTheUsernameAndNeverEchoesThePassword() {
    assertThatThrownBy(() -> policy.check("dana.whitfield", "dana.whitfield-rocks"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.getMessage()).contains("username").doesNotContain("rocks");
              assertThat(e.problems()).allSatisfy(p -> assertThat(p.value()).isEmpty());
            });
  }

  @Test
  void acceptsRandomPassphrasesWithoutAnyCompositionRule() {
    String[] words = {
      "violet", "tugboat", "marmalade", "orbit", "gravel", "pelican", "saffron", "lantern",
      "quiver", "ember", "walnut", "hinge", "meadow", "cobalt", "thistle", "parsnip"
    };
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 200; i++) {
      String passphrase =
          words[random.nextInt(words.length)]
              + " "
              + words[random.nextInt(words.length)]
              + " "
              + words[random.nextInt(words.length)];
      policy.check("someone", passphrase);
    }
    policy.check("someone", "all lower case and no digits at all");
  }

  @Test
  void acceptsTheDemoPassword() {
    policy.check("coordinator", "ceasefire-demo-2026");
  }
}
