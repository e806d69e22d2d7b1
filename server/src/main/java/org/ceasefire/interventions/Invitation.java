package org.ceasefire.interventions;

import java.util.List;
import java.util.Map;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A person on a call-in's list: proposed (from supervision and intelligence) or added by the
 * coordinator; proposed → invited; proposed or invited → removed while the call-in is planned; an
 * invited person attended or was absent once it is held.
 */
public record Invitation(
    long id,
    long callInId,
    long personId,
    String personName,
    String basis,
    String status,
    @Nullable String attendance,
    int version) {

  public static final String PROPOSED = "proposed";
  public static final String INVITED = "invited";
  public static final String REMOVED = "removed";
  static final List<String> BASES = List.of("proposed", "coordinator");
  static final List<String> ACTIONS = List.of("invite", "remove", "attended", "absent");

  public Invitation {
    if (!BASES.contains(basis)) {
      throw new IllegalArgumentException("unknown basis: " + basis);
    }
    if (!List.of(PROPOSED, INVITED, REMOVED).contains(status)) {
      throw new IllegalArgumentException("unknown invitation status: " + status);
    }
  }

  /** The status and attendance after a named step, refused with a message when not allowed. */
  record Step(String status, @Nullable String attendance) {}

  Step invite(CallIn callIn) {
    callIn.requirePlanned("change its list");
    refuseUnless(status.equals(PROPOSED), "only a proposed person is invited");
    return new Step(INVITED, null);
  }

  Step remove(CallIn callIn) {
    callIn.requirePlanned("change its list");
    refuseUnless(!status.equals(REMOVED), "this person was already removed from the list");
    return new Step(REMOVED, null);
  }

  Step attend(CallIn callIn, boolean attended) {
    callIn.requireHeld();
    refuseUnless(status.equals(INVITED), "attendance is recorded for invited people only");
    return new Step(INVITED, attended ? "attended" : "absent");
  }

  boolean attended() {
    return "attended".equals(attendance);
  }

  Invitation named(String name) {
    return new Invitation(id, callInId, personId, name, basis, status, attendance, version);
  }

  Map<String, @Nullable Object> fields() {
    Map<String, @Nullable Object> f = new java.util.LinkedHashMap<>();
    f.put("personId", personId);
    f.put("basis", basis);
    f.put("status", status);
    f.put("attendance", attendance);
    return f;
  }

  private void refuseUnless(boolean ok, String message) {
    if (!ok) {
      throw ValidationException.of("action", message, status);
    }
  }
}
