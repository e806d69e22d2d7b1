package org.ceasefire.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Someone tried to sign in: published for every attempt, by password (page or API) and by second
 * factor, so the audit trail can record logon events (CJIS 5.4.1.1) without the access feature
 * knowing about it. {@code siteId} and {@code userId} are empty when the username is unknown.
 *
 * <p>Outcomes: {@link Outcome#SUCCESS} when both factors passed (for the API: on every request,
 * which carries both); {@link Outcome#FAILURE} for a wrong password, a wrong code or an unknown
 * username; {@link Outcome#LOCKED} when refused because the account is locked (whatever was given).
 */
public record SignInAttempted(
    @Nullable Long siteId,
    @Nullable Long userId,
    String username,
    Outcome outcome,
    String clientAddress) {

  /** How the attempt ended. */
  public enum Outcome {
    SUCCESS,
    FAILURE,
    LOCKED
  }

  private static final int MAX_USERNAME = 100;

  public SignInAttempted {
    Objects.requireNonNull(outcome, "outcome");
    // A username is whatever a stranger typed: keep it short and free of control characters
    // so it cannot forge lines in a log or flood the audit trail.
    username =
        username.codePoints().anyMatch(Character::isISOControl)
            ? username.replaceAll("\\p{Cntrl}", "?")
            : username;
    if (username.length() > MAX_USERNAME) {
      username = username.substring(0, MAX_USERNAME) + "…";
    }
    clientAddress = clientAddress.isBlank() ? "unknown" : clientAddress;
    if ((siteId == null) != (userId == null)) {
      throw new IllegalArgumentException("a known user has both a site and an id");
    }
  }
}
