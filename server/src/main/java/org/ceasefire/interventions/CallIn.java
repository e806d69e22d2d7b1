package org.ceasefire.interventions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A call-in (notification forum): when and where, in which city, the groups it targets, who speaks,
 * and, once held, the messages delivered. Planned → held (with the messages) or planned →
 * cancelled; the list, the speakers and the groups change only while planned, attendance only once
 * held. Each move is a named method that refuses an illegal one on the field {@code action}.
 */
public record CallIn(
    long id,
    LocalDate heldOn,
    String place,
    long jurisdictionId,
    String jurisdiction,
    String status,
    List<String> messages,
    @Nullable String notes,
    List<TargetGroup> groups,
    List<Speaker> speakers,
    int version) {

  public static final String PLANNED = "planned";
  public static final String HELD = "held";
  public static final String CANCELLED = "cancelled";
  static final List<String> MESSAGES = List.of("community", "law_enforcement", "offer_of_help");
  static final List<String> SPEAKER_KINDS =
      List.of("law_enforcement", "prosecutor", "community", "service_provider", "victim_family");

  /** A group the call-in is aimed at. */
  public record TargetGroup(long id, String name, String status) {}

  /** Someone who speaks at the forum. */
  public record Speaker(long id, String kind, String name, @Nullable String organisation) {
    public Speaker {
      if (!SPEAKER_KINDS.contains(kind)) {
        throw new IllegalArgumentException("unknown kind of speaker: " + kind);
      }
    }
  }

  public CallIn {
    if (!List.of(PLANNED, HELD, CANCELLED).contains(status)) {
      throw new IllegalArgumentException("unknown call-in status: " + status);
    }
    messages = List.copyOf(messages);
    groups = List.copyOf(groups);
    speakers = List.copyOf(speakers);
  }

  public boolean planned() {
    return status.equals(PLANNED);
  }

  public boolean held() {
    return status.equals(HELD);
  }

  public boolean offeredHelp() {
    return messages.contains("offer_of_help");
  }

  /** Planned → held: the forum took place (not in the future) and these messages were delivered. */
  List<String> hold(List<String> delivered, LocalDate today) {
    requirePlanned("be held");
    if (heldOn.isAfter(today)) {
      throw ValidationException.of(
          "action", "a call-in is recorded as held on or after its date (" + heldOn + ")", "hold");
    }
    List<String> given = delivered.stream().distinct().toList();
    if (given.isEmpty() || !MESSAGES.containsAll(given)) {
      throw ValidationException.of(
          "messages", "say which messages were delivered (of " + MESSAGES + ")", given);
    }
    return MESSAGES.stream().filter(given::contains).toList();
  }

  /** Planned → cancelled. */
  void cancel() {
    requirePlanned("be cancelled");
  }

  /** Refuses a change of the list, the speakers or the groups unless the call-in is planned. */
  void requirePlanned(String what) {
    if (!planned()) {
      throw ValidationException.of("action", "a " + status + " call-in cannot " + what, status);
    }
  }

  /** Refuses attendance unless the call-in was held. */
  void requireHeld() {
    if (!held()) {
      throw ValidationException.of(
          "action", "record that the call-in was held before recording attendance", status);
    }
  }

  Map<String, @Nullable Object> fields() {
    Map<String, @Nullable Object> f = new LinkedHashMap<>();
    f.put("heldOn", heldOn.toString());
    f.put("place", place);
    f.put("jurisdictionId", jurisdictionId);
    f.put("status", status);
    f.put("messages", String.join(",", messages));
    f.put("notes", notes);
    f.put("groups", groups.stream().map(TargetGroup::id).toList().toString());
    f.put("speakers", speakers.stream().map(s -> s.kind() + ":" + s.name()).toList().toString());
    return f;
  }
}
