package org.ceasefire.reviews;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What review meetings decide: action items (agency, owner, due date), carried over to the city's
 * later meetings until done or dropped, and notes per agenda item.
 */
@Service
public class ReviewActions {

  private final ActionRepository actions;
  private final Reviews reviews;
  private final Sites sites;
  private final AuditTrail audit;

  ReviewActions(ActionRepository actions, Reviews reviews, Sites sites, AuditTrail audit) {
    this.actions = actions;
    this.reviews = reviews;
    this.sites = sites;
    this.audit = audit;
  }

  /** What a meeting decides to do. */
  public record ActionInput(
      @Nullable Long incidentId,
      @Nullable String description,
      @Nullable Long agencyId,
      @Nullable String owner,
      @Nullable String dueOn) {}

  /** This meeting's items and the city's earlier ones still open. */
  public List<ActionItem> forMeeting(long siteId, long meetingId) {
    return actions.forMeeting(siteId, meetingId);
  }

  public Map<Long, List<String>> notes(long siteId, long meetingId) {
    return actions.notes(siteId, meetingId);
  }

  @Transactional
  public long add(CeasefireUser user, long meetingId, ActionInput in) {
    reviews.meeting(user.siteId(), meetingId);
    Validator v = new Validator();
    v.require("description", in.description()).maxLength("description", in.description(), 2000);
    v.require("owner", in.owner()).maxLength("owner", in.owner(), 200);
    v.check(
        in.agencyId() != null
            && sites.agencies(user.siteId()).stream().anyMatch(a -> a.id() == in.agencyId()),
        "agencyId",
        "choose a partner agency",
        in.agencyId());
    LocalDate due = null;
    try {
      due = in.dueOn() == null || in.dueOn().isBlank() ? null : LocalDate.parse(in.dueOn().trim());
    } catch (DateTimeParseException e) {
      v.check(false, "dueOn", "is not a date (YYYY-MM-DD)", in.dueOn());
    }
    v.check(
        due != null || (in.dueOn() != null && !in.dueOn().isBlank()), "dueOn", "is required", "");
    v.throwIfInvalid();
    long id =
        actions.insert(
            user.siteId(),
            meetingId,
            in.incidentId(),
            in.description(),
            in.agencyId(),
            in.owner(),
            due);
    audit.changed(user, AuditAction.CREATE, "review_action", id);
    return id;
  }

  /** Marks an open item done or dropped; a stale or already closed item is refused. */
  @Transactional
  public void close(CeasefireUser user, long actionId, int version, String status) {
    if (!status.equals("done") && !status.equals("dropped")) {
      throw ValidationException.of("status", "must be done or dropped", status);
    }
    if (!actions.close(user.siteId(), actionId, version, status)) {
      throw new StaleRecordException("action item", actionId, version + 1);
    }
    audit.changed(user, AuditAction.UPDATE, "review_action", actionId);
  }

  /** Records that someone from a partner agency attended; each name once per meeting. */
  @Transactional
  public void attended(
      CeasefireUser user, long meetingId, @Nullable String name, @Nullable Long agencyId) {
    reviews.meeting(user.siteId(), meetingId);
    Validator v = new Validator();
    v.require("name", name).maxLength("name", name, 200);
    v.check(
        agencyId != null
            && sites.agencies(user.siteId()).stream().anyMatch(a -> a.id() == agencyId),
        "attendeeAgencyId",
        "choose a partner agency",
        agencyId);
    v.throwIfInvalid();
    try {
      actions.insertAttendee(user.siteId(), meetingId, name, agencyId);
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw ValidationException.of("name", "is already on the attendance list", name);
    }
  }

  public List<String> attendance(long siteId, long meetingId) {
    return actions.attendance(siteId, meetingId);
  }

  @Transactional
  public void note(CeasefireUser user, long meetingId, long incidentId, @Nullable String text) {
    reviews.meeting(user.siteId(), meetingId);
    new Validator().require("note", text).maxLength("note", text, 4000).throwIfInvalid();
    actions.insertNote(user.siteId(), meetingId, incidentId, text, user.id());
  }
}
