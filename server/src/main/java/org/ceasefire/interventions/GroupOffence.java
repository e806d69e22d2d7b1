package org.ceasefire.interventions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A shooting or homicide attributed to a group after the group was notified, and what was done
 * about it: the promise to keep. The promise is kept when at least one enforcement action was
 * taken; {@link #daysToFirstAction} says how long it took.
 */
public record GroupOffence(
    long id,
    long groupId,
    String groupName,
    long incidentId,
    String incidentType,
    LocalDate occurredOn,
    LocalDate notifiedOn,
    String basis,
    @Nullable String note,
    String attributedBy,
    OffsetDateTime attributedAt,
    List<EnforcementAction> actions) {

  public static final List<String> BASES = List.of("rule", "coordinator");
  public static final List<String> VIOLENT = List.of("homicide", "non_fatal_shooting");

  /** What was done, by which agency, when. */
  public record EnforcementAction(
      long id,
      String kind,
      long agencyId,
      String agency,
      LocalDate takenOn,
      String description,
      String recordedBy,
      OffsetDateTime recordedAt) {

    public static final List<String> KINDS =
        List.of("warrant_check", "supervision_sweep", "federal_review", "arrest", "other");

    public EnforcementAction {
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException("unknown enforcement action: " + kind);
      }
    }
  }

  public GroupOffence {
    if (!BASES.contains(basis)) {
      throw new IllegalArgumentException("unknown basis of attribution: " + basis);
    }
    if (!occurredOn.isAfter(notifiedOn)) {
      throw new IllegalArgumentException("an offence after notification is after its date");
    }
    actions = List.copyOf(actions);
  }

  public boolean promiseKept() {
    return !actions.isEmpty();
  }

  /** Days from the offence to the first enforcement action; null while none was taken. */
  public @Nullable Long daysToFirstAction() {
    return actions.stream()
        .map(EnforcementAction::takenOn)
        .min(LocalDate::compareTo)
        .map(d -> java.time.temporal.ChronoUnit.DAYS.between(occurredOn, d))
        .orElse(null);
  }

  GroupOffence named(String group, String type, LocalDate occurred) {
    return new GroupOffence(
        id,
        groupId,
        group,
        incidentId,
        type,
        occurred,
        notifiedOn,
        basis,
        note,
        attributedBy,
        attributedAt,
        actions);
  }
}
