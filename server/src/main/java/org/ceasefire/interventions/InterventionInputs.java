package org.ceasefire.interventions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator submits: call-ins and their steps, custom notifications and their outcomes,
 * attributions and enforcement actions. Every change to an existing record names the {@code
 * version} it was made on; a stale one is refused (409). Dates are ISO dates.
 */
public final class InterventionInputs {

  private InterventionInputs() {}

  /** A new call-in, or the particulars of a planned one ({@code version} needed to edit). */
  public record CallInInput(
      @Nullable String heldOn,
      @Nullable String place,
      @Nullable Long jurisdictionId,
      @Nullable List<Long> groupIds,
      @Nullable String notes,
      @Nullable Integer version) {
    static CallInInput of(CallIn c) {
      return new CallInInput(
          c.heldOn().toString(),
          c.place(),
          c.jurisdictionId(),
          c.groups().stream().map(CallIn.TargetGroup::id).toList(),
          c.notes(),
          c.version());
    }

    public List<Long> groups() {
      return groupIds == null ? List.of() : groupIds.stream().distinct().toList();
    }
  }

  /** A move of the call-in: {@code hold} (with the messages delivered) or {@code cancel}. */
  public record CallInStep(
      @Nullable String action, @Nullable List<String> messages, @Nullable Integer version) {
    public List<String> delivered() {
      return messages == null ? List.of() : messages;
    }
  }

  /** A speaker at the forum. */
  public record SpeakerInput(
      @Nullable String kind,
      @Nullable String name,
      @Nullable String organisation,
      @Nullable Integer version) {}

  /** A person the coordinator adds to the list. */
  public record InvitationInput(@Nullable Long personId) {}

  /** A step on an invitation: invite, remove, attended, absent. */
  public record InvitationStep(@Nullable String action, @Nullable Integer version) {}

  /** A planned custom notification. */
  public record NotificationInput(
      @Nullable Long personId,
      @Nullable Long groupId,
      @Nullable String visitOn,
      @Nullable String officer,
      @Nullable String communityMember,
      @Nullable String outreachWorker,
      @Nullable String reason,
      @Nullable List<Long> incidentIds,
      @Nullable List<Long> membershipIds,
      @Nullable List<Long> caseIds) {
    List<CustomNotification.Link> links() {
      List<CustomNotification.Link> l = new java.util.ArrayList<>();
      add(l, "incident", incidentIds);
      add(l, "membership", membershipIds);
      add(l, "prosecution_case", caseIds);
      return l.stream().distinct().toList();
    }

    private static void add(
        List<CustomNotification.Link> l, String kind, @Nullable List<Long> ids) {
      if (ids != null) {
        ids.stream()
            .filter(java.util.Objects::nonNull)
            .forEach(id -> l.add(new CustomNotification.Link(kind, id)));
      }
    }
  }

  /** The outcome of the visit. */
  public record OutcomeInput(
      @Nullable String outcome,
      @Nullable String outcomeOn,
      @Nullable String message,
      @Nullable Boolean offeredHelp,
      @Nullable Integer version) {}

  /** A follow-up task. */
  public record TaskInput(@Nullable String description, @Nullable String dueOn) {}

  /** A task done. */
  public record TaskDone(@Nullable String doneOn, @Nullable Integer version) {}

  /** A coordinator attributes a shooting or homicide to a notified group. */
  public record AttributionInput(
      @Nullable Long groupId, @Nullable Long incidentId, @Nullable String note) {}

  /** An enforcement action on an offending group. */
  public record ActionInput(
      @Nullable String kind,
      @Nullable Long agencyId,
      @Nullable String takenOn,
      @Nullable String description) {}

  static @Nullable String trimmed(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
