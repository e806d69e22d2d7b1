package org.ceasefire.groups;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * An intelligence entry: a person in a group, with the documented criteria it meets, its source,
 * who submitted it, its approval and its review date (28 CFR Part 23: at most five years after its
 * last validation). A new entry is {@code pending} until a second user approves it.
 */
public record Membership(
    long id,
    long personId,
    String personName,
    long groupId,
    String groupName,
    String role,
    List<String> criteria,
    String source,
    long submittedById,
    String submittedBy,
    OffsetDateTime submittedAt,
    String status,
    @Nullable String approvedBy,
    @Nullable OffsetDateTime approvedAt,
    OffsetDateTime validatedAt,
    LocalDate reviewDate,
    int version) {

  public static final String PENDING = "pending";
  public static final String APPROVED = "approved";

  public Membership {
    criteria = List.copyOf(criteria);
    if (!status.equals(PENDING) && !status.equals(APPROVED)) {
      throw new IllegalArgumentException("unknown membership status: " + status);
    }
  }

  public boolean pending() {
    return status.equals(PENDING);
  }

  /** Refuses an approval that is not a second user's approval of a pending entry. */
  void checkApprovableBy(long approverId) {
    if (!pending()) {
      throw ValidationException.of("status", "this entry is already approved", status);
    }
    if (approverId == submittedById) {
      throw ValidationException.of(
          "approver", "an entry must be approved by someone other than its submitter", approverId);
    }
  }

  /** Refuses a re-validation of an entry already past its review date. */
  void checkCurrentOn(LocalDate today) {
    if (reviewDate.isBefore(today)) {
      throw ValidationException.of(
          "reviewDate", "this entry is past its review date and waits for purge", reviewDate);
    }
  }

  Membership named(String name) {
    return new Membership(
        id,
        personId,
        name,
        groupId,
        groupName,
        role,
        criteria,
        source,
        submittedById,
        submittedBy,
        submittedAt,
        status,
        approvedBy,
        approvedAt,
        validatedAt,
        reviewDate,
        version);
  }
}
