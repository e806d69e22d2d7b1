package org.ceasefire.cases;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.cases.CaseInput.Checked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL that changes prosecution cases. Every change to a case goes through {@link #claim}, which
 * moves the case to its next version only if it is still at the version the user saw.
 */
@Repository
class CaseWrites {

  private final JdbcClient jdbc;

  CaseWrites(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long siteId, Checked in) {
    return jdbc.sql(
            """
            insert into prosecution_case (site_id, case_number, defendant_id, referring_agency_id,
                                          referral_number, jurisdiction_id, referred_on,
                                          arrested_on, gun_case, custody_status, status_on)
            values (:site, :number, :defendant, :agency, :referral, :city, :referred, :arrested,
                    :gun, :custody, :referred)
            returning id
            """)
        .param("site", siteId)
        .param("number", in.caseNumber())
        .param("defendant", in.defendantId())
        .param("agency", in.referringAgencyId())
        .param("referral", in.referralNumber())
        .param("city", in.jurisdictionId())
        .param("referred", in.referredOn())
        .param("arrested", in.arrestedOn())
        .param("gun", in.gunCase())
        .param("custody", in.custodyStatus())
        .query(Long.class)
        .single();
  }

  /** Takes the case from {@code version} to the next; false when someone changed it since. */
  boolean claim(long siteId, long id, int version) {
    return jdbc.sql(
                """
                update prosecution_case set version = version + 1, updated_at = now()
                 where site_id = :site and id = :id and version = :version
                """)
            .param("site", siteId)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  void update(long siteId, long id, Checked in) {
    jdbc.sql(
            """
            update prosecution_case set case_number = :number, defendant_id = :defendant,
                   referring_agency_id = :agency, referral_number = :referral,
                   jurisdiction_id = :city, referred_on = :referred, arrested_on = :arrested,
                   gun_case = :gun, custody_status = :custody
             where site_id = :site and id = :id
            """)
        .param("site", siteId)
        .param("id", id)
        .param("number", in.caseNumber())
        .param("defendant", in.defendantId())
        .param("agency", in.referringAgencyId())
        .param("referral", in.referralNumber())
        .param("city", in.jurisdictionId())
        .param("referred", in.referredOn())
        .param("arrested", in.arrestedOn())
        .param("gun", in.gunCase())
        .param("custody", in.custodyStatus())
        .update();
  }

  void linkIncidents(long siteId, long caseId, List<Long> incidentIds) {
    jdbc.sql("delete from case_incident where site_id = :site and case_id = :case")
        .param("site", siteId)
        .param("case", caseId)
        .update();
    for (Long incident : incidentIds) {
      jdbc.sql(
              "insert into case_incident (site_id, case_id, incident_id)"
                  + " values (:site, :case, :incident)")
          .param("site", siteId)
          .param("case", caseId)
          .param("incident", incident)
          .update();
    }
  }

  void move(
      long siteId,
      long caseId,
      @Nullable CaseStatus from,
      CaseStatus to,
      LocalDate on,
      @Nullable String reason,
      long userId) {
    jdbc.sql(
            "update prosecution_case set status = :to, status_on = :on"
                + " where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", caseId)
        .param("to", to.code())
        .param("on", on)
        .update();
    jdbc.sql(
            """
            insert into case_transition (site_id, case_id, from_status, to_status, effective_on,
                                         reason, changed_by)
            values (:site, :case, :from, :to, :on, :reason, :user)
            """)
        .param("site", siteId)
        .param("case", caseId)
        .param("from", from == null ? null : from.code())
        .param("to", to.code())
        .param("on", on)
        .param("reason", reason)
        .param("user", userId)
        .update();
  }

  void decideForum(
      long siteId, long caseId, Forum forum, String reasons, long userId, LocalDate on) {
    jdbc.sql(
            """
            update prosecution_case set forum = :forum, forum_reasons = :reasons,
                   forum_decided_by = :user, forum_decided_on = :on,
                   federal_adopted_on = case when :federal then federal_adopted_on end
             where site_id = :site and id = :id
            """)
        .param("site", siteId)
        .param("id", caseId)
        .param("forum", forum.code())
        .param("reasons", reasons.trim())
        .param("user", userId)
        .param("on", on)
        .param("federal", forum.federal())
        .update();
  }

  void adopt(long siteId, long caseId, LocalDate on) {
    jdbc.sql(
            "update prosecution_case set federal_adopted_on = :on"
                + " where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", caseId)
        .param("on", on)
        .update();
  }

  void sentence(long siteId, long caseId, Sentence s) {
    jdbc.sql(
            """
            update prosecution_case set sentenced_on = :on, custody_months = :custody,
                   supervision_months = :supervision, supervision_kind = :kind
             where site_id = :site and id = :id
            """)
        .param("site", siteId)
        .param("id", caseId)
        .param("on", s.sentencedOn())
        .param("custody", s.custodyMonths())
        .param("supervision", s.supervisionMonths())
        .param("kind", s.supervisionKind())
        .update();
  }

  long insertCharge(
      long siteId,
      long caseId,
      Forum forum,
      String code,
      String text,
      int counts,
      @Nullable String chargeClass,
      LocalDate filedOn) {
    return jdbc.sql(
            """
            insert into case_charge (site_id, case_id, forum, statute_code, statute_text, counts,
                                     charge_class, filed_on)
            values (:site, :case, :forum, :code, :text, :counts, :class, :filed) returning id
            """)
        .param("site", siteId)
        .param("case", caseId)
        .param("forum", forum.code())
        .param("code", code.trim())
        .param("text", text.trim())
        .param("counts", counts)
        .param("class", chargeClass == null || chargeClass.isBlank() ? null : chargeClass.trim())
        .param("filed", filedOn)
        .query(Long.class)
        .single();
  }

  void disposeCharge(
      long siteId, long caseId, long chargeId, String disposition, LocalDate disposedOn) {
    jdbc.sql(
            """
            update case_charge set disposition = :disposition, disposed_on = :on,
                   version = version + 1
             where site_id = :site and case_id = :case and id = :id
            """)
        .param("site", siteId)
        .param("case", caseId)
        .param("id", chargeId)
        .param("disposition", disposition)
        .param("on", disposedOn)
        .update();
  }

  long insertEvent(
      long siteId,
      long caseId,
      String kind,
      LocalDate on,
      @Nullable String court,
      @Nullable String note) {
    return jdbc.sql(
            """
            insert into case_event (site_id, case_id, kind, scheduled_on, court, note)
            values (:site, :case, :kind, :on, :court, :note) returning id
            """)
        .param("site", siteId)
        .param("case", caseId)
        .param("kind", kind)
        .param("on", on)
        .param("court", court == null || court.isBlank() ? null : court.trim())
        .param("note", note == null || note.isBlank() ? null : note.trim())
        .query(Long.class)
        .single();
  }
}
