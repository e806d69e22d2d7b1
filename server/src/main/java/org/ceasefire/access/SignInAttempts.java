package org.ceasefire.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ceasefire.access.SignInAttempted.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks the account after {@value #MAX_FAILURES} in a row for {@link
 * #LOCK_DURATION} (CJIS 5.5.3: lock after at most 5 unsuccessful attempts, for at least 10
 * minutes). Failures of either factor count, so a stolen password does not buy unlimited guesses at
 * the code; only a sign-in with both factors resets the count. Attempts while locked neither count
 * nor extend the lock, so a stranger typing a wrong password cannot lengthen a lock. Every attempt
 * is published as {@link SignInAttempted}.
 */
@Service
class SignInAttempts {

  static final int MAX_FAILURES = 5;
  static final Duration LOCK_DURATION = Duration.ofMinutes(30);

  private final UserRepository users;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SignInAttempts(UserRepository users, ApplicationEventPublisher events, Clock clock) {
    this.users = users;
    this.events = events;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /** Whether the account is locked now (read afresh: a page may hold an older copy of the user). */
  boolean isLocked(CeasefireUser user) {
    return users.lockedUntil(user.siteId(), user.id()).filter(now()::isBefore).isPresent();
  }

  /** A wrong password or code; returns whether this failure locked the account. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  boolean failed(CeasefireUser user, String client) {
    Instant until = now().plus(LOCK_DURATION).truncatedTo(ChronoUnit.MILLIS);
    boolean locked = users.recordFailure(user.siteId(), user.id(), MAX_FAILURES, until);
    publish(user, Outcome.FAILURE, client);
    return locked;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void succeeded(CeasefireUser user, String client) {
    users.recordSuccess(user.siteId(), user.id());
    publish(user, Outcome.SUCCESS, client);
  }

  void refusedWhileLocked(CeasefireUser user, String client) {
    publish(user, Outcome.LOCKED, client);
  }

  void unknownUser(String username, String client) {
    events.publishEvent(new SignInAttempted(null, null, username, Outcome.FAILURE, client));
  }

  private void publish(CeasefireUser user, Outcome outcome, String client) {
    events.publishEvent(
        new SignInAttempted(user.siteId(), user.id(), user.username(), outcome, client));
  }
}
