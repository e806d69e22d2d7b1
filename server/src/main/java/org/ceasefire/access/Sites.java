package org.ceasefire.access;

import java.util.List;
import java.util.Optional;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.SiteScope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sites, their agencies and users: the public face of the access feature for other features. */
@Service
public class Sites {

  private final java.util.Map<Long, Site> known = new java.util.concurrent.ConcurrentHashMap<>();

  private final UserRepository repository;
  private final PasswordEncoder passwords;
  private final PasswordPolicy passwordPolicy;
  private final SecondFactors secondFactors;
  private final SiteScope scope;
  private final java.time.Clock clock;

  Sites(
      UserRepository repository,
      PasswordEncoder passwords,
      PasswordPolicy passwordPolicy,
      SecondFactors secondFactors,
      SiteScope scope,
      java.time.Clock clock) {
    this.repository = repository;
    this.passwords = passwords;
    this.passwordPolicy = passwordPolicy;
    this.secondFactors = secondFactors;
    this.scope = scope;
    this.clock = clock;
  }

  /** A site; kept once read, since a site's row never changes after it is made. */
  public Site site(long siteId) {
    Site kept = known.get(siteId);
    if (kept != null) {
      return kept;
    }
    Site site = repository.site(siteId).orElseThrow(() -> new NotFoundException("site", siteId));
    known.put(siteId, site);
    return site;
  }

  public Optional<Long> findSite(String code) {
    return repository.siteByCode(code);
  }

  @Transactional
  public long createSite(String code, String name, double lon, double lat, boolean synthetic) {
    return repository.insertSite(code, name, lon, lat, synthetic);
  }

  @Transactional
  public long createAgency(long siteId, String name, String type) {
    return scope.call(siteId, () -> repository.insertAgency(siteId, name, type));
  }

  /**
   * Creates a user with the password hashed (BCrypt), after checking it against the password policy
   * (at least 12 characters, not a common or guessable one): refused with a {@link
   * org.ceasefire.platform.ValidationException} on the field {@code password}. The user enrols a
   * second factor at the first sign-in.
   */
  @Transactional
  public long createUser(
      long siteId, String username, String displayName, String password, Role role, long agencyId) {
    passwordPolicy.check(username, password);
    String hash = passwords.encode(password);
    return scope.call(
        siteId, () -> repository.insertUser(siteId, username, displayName, hash, role, agencyId));
  }

  /** The user with this username, if any (usernames are unique across sites). */
  public Optional<CeasefireUser> user(String username) {
    return scope.system(() -> repository.findByUsername(username, clock.instant()));
  }

  /**
   * Enrols a second factor whose secret is already known, skipping the enrolment pages: for demo
   * users (whose secret is published) and test users only. Real users enrol at first sign-in.
   */
  @Transactional
  public void enrolKnownSecondFactor(long siteId, long userId, TotpSecret secret) {
    scope.run(siteId, () -> secondFactors.enrolKnown(siteId, userId, secret));
  }

  public List<Agency> agencies(long siteId) {
    return scope.call(siteId, () -> repository.agencies(siteId));
  }
}
