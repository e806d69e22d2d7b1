package org.ceasefire.interventions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the API shows of interventions: records built from the domain, never the domain itself. */
final class InterventionResponses {

  private InterventionResponses() {}

  static final String SELECTED = "selected by the coordinator";

  record CallInResponse(
      long id,
      LocalDate heldOn,
      String place,
      long jurisdictionId,
      String jurisdiction,
      String status,
      List<String> messages,
      @Nullable String notes,
      List<CallIn.TargetGroup> groups,
      List<CallIn.Speaker> speakers,
      List<InvitationRow> invitations,
      int version) {

    static CallInResponse from(CallIn c, List<ListedPerson> list) {
      return new CallInResponse(
          c.id(),
          c.heldOn(),
          c.place(),
          c.jurisdictionId(),
          c.jurisdiction(),
          c.status(),
          c.messages(),
          c.notes(),
          c.groups(),
          c.speakers(),
          list.stream().map(InvitationRow::from).toList(),
          c.version());
    }
  }

  /**
   * A person on the list. {@code why} and {@code basis} only for intelligence readers; others read
   * {@link #SELECTED} as the reason.
   */
  record InvitationRow(
      long id,
      long personId,
      String name,
      String status,
      @Nullable String attendance,
      String reason,
      @Nullable String basis,
      @Nullable List<ListedPerson.Support> why,
      @Nullable String supervision,
      int version) {

    static InvitationRow from(ListedPerson p) {
      Invitation i = p.invitation();
      return new InvitationRow(
          i.id(),
          i.personId(),
          i.personName(),
          i.status(),
          i.attendance(),
          reason(p),
          p.why() == null ? null : i.basis(),
          p.why(),
          p.supervision(),
          i.version());
    }

    static String reason(ListedPerson p) {
      List<ListedPerson.Support> why = p.why();
      if (why == null) {
        return SELECTED;
      }
      if (why.isEmpty()) {
        return p.invitation().basis().equals("coordinator")
            ? "added by the coordinator"
            : "no current intelligence entry in a targeted group";
      }
      return String.join(
          "; ",
          why.stream()
              .map(
                  s ->
                      s.group()
                          + " ("
                          + s.role()
                          + ": "
                          + String.join(", ", s.criteria())
                          + "; review by "
                          + s.reviewDate()
                          + ")")
              .toList());
    }
  }

  record NotificationResponse(
      long id,
      long personId,
      String person,
      @Nullable Long groupId,
      @Nullable String group,
      LocalDate visitOn,
      @Nullable String officer,
      @Nullable String communityMember,
      @Nullable String outreachWorker,
      String reason,
      String status,
      @Nullable String message,
      boolean offeredHelp,
      @Nullable LocalDate outcomeOn,
      List<CustomNotification.Link> links,
      List<CustomNotification.Task> tasks,
      int version) {

    static NotificationResponse from(CustomNotification n) {
      return new NotificationResponse(
          n.id(),
          n.personId(),
          n.personName(),
          n.groupId(),
          n.groupName(),
          n.visitOn(),
          n.officer(),
          n.communityMember(),
          n.outreachWorker(),
          n.reason(),
          n.status(),
          n.message(),
          n.offeredHelp(),
          n.outcomeOn(),
          n.links(),
          n.tasks(),
          n.version());
    }
  }

  record OffenceResponse(
      long id,
      long groupId,
      String group,
      long incidentId,
      String incidentType,
      LocalDate occurredOn,
      LocalDate notifiedOn,
      String basis,
      @Nullable String note,
      String attributedBy,
      boolean promiseKept,
      @Nullable Long daysToFirstAction,
      List<GroupOffence.EnforcementAction> timeline) {

    static OffenceResponse from(GroupOffence o) {
      return new OffenceResponse(
          o.id(),
          o.groupId(),
          o.groupName(),
          o.incidentId(),
          o.incidentType(),
          o.occurredOn(),
          o.notifiedOn(),
          o.basis(),
          o.note(),
          o.attributedBy(),
          o.promiseKept(),
          o.daysToFirstAction(),
          o.actions());
    }
  }

  record DashboardResponse(
      int groupsNotified,
      int groupsOffendedAfterNotification,
      int offences,
      int promisesKept,
      @Nullable Double medianDaysToAction,
      List<PromiseKept.NotifiedGroup> notified,
      List<OffenceResponse> offencesAfterNotification,
      List<PromiseKept.Suggestion> suggested) {

    static DashboardResponse from(PromiseKept.Dashboard d, List<PromiseKept.Suggestion> s) {
      return new DashboardResponse(
          d.groupsNotified(),
          d.groupsOffended(),
          d.offences().size(),
          d.offencesKept(),
          d.medianDaysToAction(),
          d.notified(),
          d.offences().stream().map(OffenceResponse::from).toList(),
          s);
    }
  }

  record CallInRow(
      long id,
      LocalDate heldOn,
      String place,
      String jurisdiction,
      String status,
      List<String> groups,
      int invited,
      int attended) {

    static CallInRow from(CallInSummary c) {
      return new CallInRow(
          c.id(),
          c.heldOn(),
          c.place(),
          c.jurisdiction(),
          c.status(),
          c.groups(),
          c.invited(),
          c.attended());
    }
  }

  /** The outcome figures and, for roles that see people here, the rows. */
  record OutcomesResponse(int contacted, int reoffended, List<OutcomeRow> people) {

    static OutcomesResponse from(Outcomes.Report r) {
      return new OutcomesResponse(
          r.contacted(), r.reoffended(), r.people().stream().map(OutcomeRow::from).toList());
    }
  }

  record OutcomeRow(
      long personId,
      String name,
      LocalDate firstContact,
      @Nullable Integer laterIncidents,
      @Nullable Long daysToFirstReoffence,
      @Nullable Boolean stillSupervised) {

    static OutcomeRow from(Outcomes.PersonOutcome p) {
      return new OutcomeRow(
          p.personId(),
          p.name(),
          p.firstContact(),
          p.laterIncidents(),
          p.daysToFirstReoffence(),
          p.stillSupervised());
    }
  }
}
