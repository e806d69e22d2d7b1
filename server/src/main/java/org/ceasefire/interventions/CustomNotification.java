package org.ceasefire.interventions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A custom notification: one person, one visit. The team (an officer, a community member, an
 * outreach worker), the documented reason this person was chosen with the records that support it,
 * and, after the visit, the outcome: delivered (with the message), refused or not found. Planned →
 * one of the three, once ({@link #recordOutcome}).
 */
public record CustomNotification(
    long id,
    long personId,
    String personName,
    @Nullable Long groupId,
    @Nullable String groupName,
    LocalDate visitOn,
    @Nullable String officer,
    @Nullable String communityMember,
    @Nullable String outreachWorker,
    String reason,
    String status,
    @Nullable String message,
    boolean offeredHelp,
    @Nullable LocalDate outcomeOn,
    List<Link> links,
    List<Task> tasks,
    int version) {

  public static final String PLANNED = "planned";
  public static final String DELIVERED = "delivered";
  static final List<String> OUTCOMES = List.of("delivered", "refused", "not_found");
  static final List<String> LINK_KINDS = List.of("incident", "membership", "prosecution_case");

  /** A record that documents why the person was chosen. */
  public record Link(String kind, long recordId) {
    public Link {
      if (!LINK_KINDS.contains(kind)) {
        throw new IllegalArgumentException("unknown kind of linked record: " + kind);
      }
    }
  }

  /** A follow-up task: what, by when, and when it was done. */
  public record Task(
      long id, String description, LocalDate dueOn, @Nullable LocalDate doneOn, int version) {

    /** Open → done on a date that has happened. */
    LocalDate complete(LocalDate on, LocalDate today) {
      if (doneOn != null) {
        throw ValidationException.of("action", "this task is already done", doneOn);
      }
      if (on.isAfter(today)) {
        throw ValidationException.of("doneOn", "is in the future", on);
      }
      return on;
    }
  }

  /** The outcome of the visit. */
  record Outcome(String status, LocalDate on, @Nullable String message, boolean offeredHelp) {}

  public CustomNotification {
    if (!status.equals(PLANNED) && !OUTCOMES.contains(status)) {
      throw new IllegalArgumentException("unknown notification status: " + status);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a notification documents why the person was chosen");
    }
    links = List.copyOf(links);
    tasks = List.copyOf(tasks);
  }

  public boolean delivered() {
    return status.equals(DELIVERED);
  }

  /**
   * Planned → delivered, refused or not found, on or after the visit date and not in the future. A
   * delivered notification says what message was delivered.
   */
  Outcome recordOutcome(
      @Nullable String outcome,
      LocalDate on,
      @Nullable String text,
      boolean help,
      LocalDate today) {
    if (!status.equals(PLANNED)) {
      throw ValidationException.of(
          "action", "the outcome of this visit was already recorded (" + status + ")", status);
    }
    if (outcome == null || !OUTCOMES.contains(outcome)) {
      throw ValidationException.of("outcome", "must be one of " + OUTCOMES, outcome);
    }
    if (on.isBefore(visitOn) || on.isAfter(today)) {
      throw ValidationException.of(
          "outcomeOn", "is between the visit date (" + visitOn + ") and today", on);
    }
    boolean delivered = outcome.equals(DELIVERED);
    if (delivered && (text == null || text.isBlank())) {
      throw ValidationException.of("message", "say what message was delivered", "");
    }
    return new Outcome(outcome, on, text == null || text.isBlank() ? null : text.trim(), help);
  }

  CustomNotification named(String person) {
    return new CustomNotification(
        id,
        personId,
        person,
        groupId,
        groupName,
        visitOn,
        officer,
        communityMember,
        outreachWorker,
        reason,
        status,
        message,
        offeredHelp,
        outcomeOn,
        links,
        tasks,
        version);
  }

  Map<String, @Nullable Object> fields() {
    Map<String, @Nullable Object> f = new LinkedHashMap<>();
    f.put("personId", personId);
    f.put("groupId", groupId);
    f.put("visitOn", visitOn.toString());
    f.put("officer", officer);
    f.put("communityMember", communityMember);
    f.put("outreachWorker", outreachWorker);
    f.put("reason", reason);
    f.put("status", status);
    f.put("message", message);
    f.put("offeredHelp", offeredHelp);
    f.put("outcomeOn", outcomeOn == null ? null : outcomeOn.toString());
    f.put("links", links.stream().map(l -> l.kind() + ":" + l.recordId()).toList().toString());
    return f;
  }
}
