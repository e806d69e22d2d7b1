package org.ceasefire.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's administration of their site's accounts: create, change role or agency, disable
 * on separation, unlock, reset the second factor, confirm the periodic review. Every change is
 * published as {@link UserAccountChanged} for the audit trail, in the same transaction.
 */
@Service
class UserAccounts {

  /** Accounts not reviewed for this long are flagged (CJIS: review access regularly). */
  static final int REVIEW_DAYS = 180;

  private final UserAccountRepository accounts;
  private final Sites sites;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  UserAccounts(
      UserAccountRepository accounts, Sites sites, ApplicationEventPublisher events, Clock clock) {
    this.accounts = accounts;
    this.sites = sites;
    this.events = events;
    this.clock = clock;
  }

  /** What a coordinator submits to create or edit an account. */
  record AccountInput(
      @Nullable String username,
      @Nullable String displayName,
      @Nullable String role,
      @Nullable Long agencyId,
      @Nullable String password,
      @Nullable Boolean enabled,
      @Nullable Integer version) {}

  List<UserAccount> all(long siteId) {
    return accounts.all(siteId);
  }

  UserAccount get(long siteId, long id) {
    return accounts.find(siteId, id).orElseThrow(() -> new NotFoundException("user", id));
  }

  /** Whether an account is due for review (never reviewed and older than, or reviewed before). */
  boolean reviewDue(UserAccount a) {
    OffsetDateTime limit = OffsetDateTime.now(clock).minusDays(REVIEW_DAYS);
    OffsetDateTime last = a.reviewedAt() == null ? a.createdAt() : a.reviewedAt();
    return a.enabled() && last.isBefore(limit);
  }

  @Transactional
  long create(CeasefireUser actor, AccountInput in) {
    Validator v = new Validator();
    v.require("username", in.username()).require("displayName", in.displayName());
    v.check(
        in.username() == null || in.username().matches("[a-z0-9._-]{3,64}"),
        "username",
        "3–64 lower-case letters, digits, dot, dash or underscore",
        in.username());
    Role role = role(v, in.role());
    long agency = agency(v, actor.siteId(), in.agencyId());
    v.require("password", in.password());
    v.throwIfInvalid();
    if (sites.user(in.username()).isPresent()) {
      throw ValidationException.of("username", "is taken", in.username());
    }
    long id =
        sites.createUser(
            actor.siteId(), in.username(), in.displayName().trim(), in.password(), role, agency);
    events.publishEvent(
        new UserAccountChanged(actor, id, "create", in.username() + " as " + role.code()));
    return id;
  }

  @Transactional
  void update(CeasefireUser actor, long id, AccountInput in) {
    UserAccount before = get(actor.siteId(), id);
    Validator v = new Validator();
    v.require("displayName", in.displayName());
    Role role = role(v, in.role());
    long agency = agency(v, actor.siteId(), in.agencyId());
    boolean enabled = in.enabled() != null && in.enabled();
    v.check(
        id != actor.id() || (enabled && role == Role.COORDINATOR),
        "role",
        "you cannot disable your own account or give up your own coordinator role",
        in.role());
    v.check(in.version() != null, "version", "is required to edit a record", null);
    v.throwIfInvalid();
    if (!accounts.update(
        actor.siteId(), id, in.version(), in.displayName().trim(), role, agency, enabled)) {
      throw new StaleRecordException("user", id, before.version());
    }
    String detail =
        "role "
            + before.role().code()
            + " → "
            + role.code()
            + ", agency "
            + before.agencyId()
            + " → "
            + agency
            + ", enabled "
            + before.enabled()
            + " → "
            + enabled;
    events.publishEvent(new UserAccountChanged(actor, id, "update", detail));
  }

  @Transactional
  void unlock(CeasefireUser actor, long id) {
    get(actor.siteId(), id);
    accounts.unlock(actor.siteId(), id);
    events.publishEvent(new UserAccountChanged(actor, id, "unlock", null));
  }

  @Transactional
  void resetSecondFactor(CeasefireUser actor, long id) {
    get(actor.siteId(), id);
    accounts.resetSecondFactor(actor.siteId(), id);
    events.publishEvent(new UserAccountChanged(actor, id, "reset_second_factor", null));
  }

  @Transactional
  void reviewed(CeasefireUser actor, long id) {
    get(actor.siteId(), id);
    accounts.reviewed(actor.siteId(), id);
    events.publishEvent(new UserAccountChanged(actor, id, "review", "access still needed"));
  }

  private static Role role(Validator v, @Nullable String code) {
    try {
      return Role.fromCode(code == null ? "" : code);
    } catch (IllegalArgumentException e) {
      v.check(false, "role", "is not a role", code);
      return Role.RESEARCHER;
    }
  }

  private long agency(Validator v, long siteId, @Nullable Long agencyId) {
    boolean known =
        agencyId != null && sites.agencies(siteId).stream().anyMatch(a -> a.id() == agencyId);
    v.check(known, "agencyId", "is not an agency of this partnership", agencyId);
    return agencyId == null ? 0 : agencyId;
  }
}
