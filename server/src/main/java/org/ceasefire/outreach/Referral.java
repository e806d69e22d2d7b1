package org.ceasefire.outreach;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A person referred to a provider, and what came of it. The moves are named and guarded: a worker
 * takes the referral, assesses needs, enrols the person in services (which is accepting help), and
 * exits them; or the person declines. An exited or declined referral takes no more services.
 */
public record Referral(
    long id,
    long personId,
    String personName,
    long providerId,
    String provider,
    String source,
    @Nullable Long sourceId,
    LocalDate referredOn,
    @Nullable Long workerId,
    @Nullable String worker,
    ReferralStatus status,
    List<String> needs,
    @Nullable LocalDate assessedOn,
    @Nullable LocalDate enrolledOn,
    @Nullable LocalDate exitedOn,
    @Nullable String exitReason,
    int version) {

  static final List<String> SOURCES =
      List.of("call_in", "custom_notification", "reentry", "walk_in", "other");
  static final List<String> NEEDS =
      List.of(
          "employment",
          "housing",
          "education",
          "mental_health",
          "substance_use",
          "relocation",
          "mentoring",
          "other");

  public Referral {
    needs = List.copyOf(needs);
  }

  Referral named(String name) {
    return new Referral(
        id,
        personId,
        name,
        providerId,
        provider,
        source,
        sourceId,
        referredOn,
        workerId,
        worker,
        status,
        needs,
        assessedOn,
        enrolledOn,
        exitedOn,
        exitReason,
        version);
  }

  boolean open() {
    return status != ReferralStatus.DECLINED && status != ReferralStatus.EXITED;
  }

  /** Whether the person has accepted help: enrolled in a service at some point. */
  public boolean acceptedHelp() {
    return enrolledOn != null;
  }

  /** The needs found: only while the referral is open. */
  void assess(List<String> found) {
    refuseUnless(open(), "the referral is " + status.code() + "; reopen it by a new referral");
    if (found.isEmpty() || !NEEDS.containsAll(found)) {
      throw ValidationException.of("needs", "choose one or more of " + NEEDS, found);
    }
  }

  /** A service may start while the referral is open; the first one enrols the person. */
  void enrol() {
    refuseUnless(open(), "the referral is " + status.code() + ": no new services");
  }

  void decline() {
    refuseUnless(
        status == ReferralStatus.REFERRED || status == ReferralStatus.ASSESSED,
        "only a referral not yet enrolled can be declined (it is " + status.code() + ")");
  }

  void exit() {
    refuseUnless(
        status == ReferralStatus.ENROLLED || status == ReferralStatus.ASSESSED,
        "only an assessed or enrolled referral can be exited (it is " + status.code() + ")");
  }

  private static void refuseUnless(boolean ok, String message) {
    if (!ok) {
      throw ValidationException.of("action", message, "");
    }
  }
}
