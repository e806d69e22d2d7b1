package org.ceasefire.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP as RFC 6238 defines it, so every authenticator app agrees with the server. */
class TotpTest {

  /** The RFC 6238 appendix B secret for SHA-1, "12345678901234567890", in base32. */
  static final TotpSecret RFC =
      new TotpSecret(TotpSecret.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)));

  @ParameterizedTest
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void matchesTheTestVectorsOfRfc6238(long epochSecond, String code) {
    // the RFC lists eight digits; authenticator apps show the last six
    assertThat(Totp.code(RFC, Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
  }

  @Test
  void encodesTheRfcSecretAsAuthenticatorAppsDo() {
    assertThat(RFC.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(new String(RFC.bytes(), StandardCharsets.US_ASCII))
        .isEqualTo("12345678901234567890");
  }

  @Test
  void acceptsOneStepEitherSideAndNoMore() {
    Instant now = Instant.ofEpochSecond(1_700_000_015);
    for (int steps = -1; steps <= 1; steps++) {
      String code = Totp.code(RFC, now.plusSeconds(30L * steps));
      assertThat(Totp.matchingStep(RFC, code, now)).hasValue(Totp.step(now) + steps);
    }
    assertThat(Totp.matchingStep(RFC, Totp.code(RFC, now.plusSeconds(60)), now)).isEmpty();
    assertThat(Totp.matchingStep(RFC, Totp.code(RFC, now.minusSeconds(60)), now)).isEmpty();
    assertThat(Totp.matchingStep(RFC, "12345", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC, "abcdef", now)).isEmpty();
  }

  @Test
  void makesRandomSecretsOf160BitsAndNeverPrintsThem() {
    TotpSecret secret = TotpSecret.random(new SecureRandom());
    assertThat(secret.bytes()).hasSize(20);
    assertThat(secret.base32()).hasSize(32);
    assertThat(secret.toString()).doesNotContain(secret.base32());
    assertThat(secret.grouped()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
  }

  @Test
  void refusesSomethingThatIsNotBase32() {
    assertThatThrownBy(() -> new TotpSecret("not a secret 0189"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesTheUriAuthenticatorAppsRead() {
    assertThat(Totp.uri(RFC, "Ceasefire", "dana"))
        .isEqualTo(
            "otpauth://totp/Ceasefire:dana?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Ceasefire&algorithm=SHA1&digits=6&period=30");
    assertThat(QrCodeSvg.dataUri("otpauth://totp/x")).startsWith("data:image/svg+xml;base64,");
  }
}
