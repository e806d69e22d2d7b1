package org.ceasefire.access;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.ceasefire.access.SecondFactorRepository.StoredTotp;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (CJIS 5.6.2.2, MFA for every user): enrolment of a TOTP secret, confirmed by a
 * code, with {@value #RECOVERY_CODES} recovery codes; then a code or a recovery code at every
 * sign-in. A code accepted at sign-in cannot be used again. On the API, where each request carries
 * the code, a code is valid for its whole window and may be repeated within it (a partner system
 * sends many requests a minute).
 */
@Service
class SecondFactors {

  static final int RECOVERY_CODES = 10;

  /** How a second-factor check ended. */
  enum Verdict {
    PASSED,
    WRONG,
    LOCKED,
    NOT_ENROLLED,
    MISSING
  }

  private final SecondFactorRepository repository;
  private final SecretBox box;
  private final SignInAttempts attempts;
  private final SecureRandom random = new SecureRandom();

  SecondFactors(SecondFactorRepository repository, SecretBox box, SignInAttempts attempts) {
    this.repository = repository;
    this.box = box;
    this.attempts = attempts;
  }

  boolean enrolled(CeasefireUser user) {
    return repository.totp(user.siteId(), user.id()).filter(StoredTotp::confirmed).isPresent();
  }

  /** The secret being enrolled, made now if there is none; never one already confirmed. */
  @Transactional
  TotpSecret enrolmentSecret(CeasefireUser user) {
    Optional<StoredTotp> stored = repository.totp(user.siteId(), user.id());
    if (stored.isPresent() && stored.get().confirmed()) {
      throw new IllegalStateException("already enrolled");
    }
    if (stored.isPresent()) {
      return new TotpSecret(box.open(stored.get().sealedSecret()));
    }
    TotpSecret secret = TotpSecret.random(random);
    repository.saveUnconfirmed(user.siteId(), user.id(), box.seal(secret.base32()));
    return secret;
  }

  /**
   * Confirms the enrolment with a code from the user's app and returns the recovery codes, to be
   * shown once; empty when the code is wrong. A wrong code here is not counted as a failed sign-in:
   * the secret is brand new, so there is nothing to guess.
   */
  @Transactional
  Optional<List<RecoveryCode>> confirmEnrolment(CeasefireUser user, String code, String client) {
    Optional<StoredTotp> stored = repository.totp(user.siteId(), user.id());
    if (stored.isEmpty() || stored.get().confirmed()) {
      return Optional.empty();
    }
    TotpSecret secret = new TotpSecret(box.open(stored.get().sealedSecret()));
    OptionalLong step = Totp.matchingStep(secret, code, attempts.now());
    if (step.isEmpty() || !repository.confirm(user.siteId(), user.id(), step.getAsLong())) {
      return Optional.empty();
    }
    List<RecoveryCode> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      codes.add(RecoveryCode.random(random));
    }
    repository.replaceRecoveryCodes(
        user.siteId(),
        user.id(),
        codes.stream().map(c -> c.hashFor(user.siteId(), user.id())).toList());
    attempts.succeeded(user, client);
    return Optional.of(codes);
  }

  /** Enrols a known secret at once (demo and test users); no recovery codes. */
  @Transactional
  void enrolKnown(long siteId, long userId, TotpSecret secret) {
    repository.saveConfirmed(siteId, userId, box.seal(secret.base32()));
  }

  /** The second step of a sign-in on the web: a code (used once) or a recovery code (used up). */
  Verdict verifySignIn(CeasefireUser user, String given, String client) {
    return verify(user, given, client, true);
  }

  /** The code sent with an API request (header {@code X-Ceasefire-OTP}). */
  Verdict verifyApi(CeasefireUser user, @Nullable String given, String client) {
    return verify(user, given, client, false);
  }

  int unusedRecoveryCodes(CeasefireUser user) {
    return repository.unusedRecoveryCodes(user.siteId(), user.id());
  }

  private Verdict verify(CeasefireUser user, @Nullable String given, String client, boolean once) {
    Optional<StoredTotp> stored = repository.totp(user.siteId(), user.id());
    if (stored.isEmpty() || !stored.get().confirmed()) {
      return Verdict.NOT_ENROLLED;
    }
    if (given == null || given.isBlank()) {
      return Verdict.MISSING;
    }
    if (attempts.isLocked(user)) {
      attempts.refusedWhileLocked(user, client);
      return Verdict.LOCKED;
    }
    if (accepts(user, stored.get(), given, once)) {
      attempts.succeeded(user, client);
      return Verdict.PASSED;
    }
    return attempts.failed(user, client) ? Verdict.LOCKED : Verdict.WRONG;
  }

  private boolean accepts(CeasefireUser user, StoredTotp stored, String given, boolean once) {
    if (once && RecoveryCode.looksLikeOne(given)) {
      String hash = new RecoveryCode(given).hashFor(user.siteId(), user.id());
      return repository.useRecoveryCode(user.siteId(), user.id(), hash);
    }
    TotpSecret secret = new TotpSecret(box.open(stored.sealedSecret()));
    OptionalLong step = Totp.matchingStep(secret, given, attempts.now());
    if (step.isEmpty()) {
      return false;
    }
    return !once || repository.useStep(user.siteId(), user.id(), step.getAsLong());
  }
}
