package org.ceasefire.outreach;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for referrals, services, contacts, milestones, consents and disclosures. */
@Repository
class OutreachRepository {

  private static final String REFERRAL =
      """
      select r.*, a.name as provider, u.display_name as worker
        from outreach_referral r
        join agency a on a.site_id = r.site_id and a.id = r.provider_id
        left join app_user u on u.site_id = r.site_id and u.id = r.worker_id
      """;

  /** A service of a referral. */
  record Service(
      long id,
      String kind,
      String provider,
      LocalDate startedOn,
      @Nullable LocalDate endedOn,
      @Nullable String outcome) {}

  /** A contact of a referral. */
  record Contact(long id, LocalDate contactedOn, String kind, @Nullable String note, String by) {}

  /** A milestone of a referral. */
  record Milestone(long id, LocalDate achievedOn, String what) {}

  private final JdbcClient jdbc;

  OutreachRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertReferral(
      long siteId,
      long personId,
      long providerId,
      String source,
      @Nullable Long sourceId,
      LocalDate on,
      long by) {
    return jdbc.sql(
            """
            insert into outreach_referral (site_id, person_id, provider_id, source, source_id,
                                           referred_by, referred_on)
            values (:site, :person, :provider, :source, :sourceId, :by, :on) returning id
            """)
        .param("site", siteId)
        .param("person", personId)
        .param("provider", providerId)
        .param("source", source)
        .param("sourceId", sourceId)
        .param("by", by)
        .param("on", on)
        .query(Long.class)
        .single();
  }

  Optional<Referral> referral(long siteId, long id) {
    return jdbc.sql(REFERRAL + " where r.site_id = :site and r.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query(OutreachRepository::referral)
        .optional();
  }

  /** Referrals assigned to a worker, or (worker null) all referrals to a provider. */
  List<Referral> caseload(long siteId, @Nullable Long workerId, long providerId) {
    return jdbc.sql(
            REFERRAL
                + """
                 where r.site_id = :site and r.provider_id = :provider
                   and (cast(:worker as bigint) is null or r.worker_id = :worker)
                 order by (r.status in ('declined', 'exited')), r.referred_on desc, r.id desc
                """)
        .param("site", siteId)
        .param("provider", providerId)
        .param("worker", workerId)
        .query(OutreachRepository::referral)
        .list();
  }

  /** Referrals to a provider that no worker has taken yet. */
  List<Referral> unassigned(long siteId, long providerId) {
    return jdbc.sql(
            REFERRAL
                + " where r.site_id = :site and r.provider_id = :provider and r.worker_id is null"
                + " and r.status = 'referred' order by r.referred_on, r.id")
        .param("site", siteId)
        .param("provider", providerId)
        .query(OutreachRepository::referral)
        .list();
  }

  /** The referrals of a person: only what the accepted-help fact needs. */
  List<Referral> ofPerson(long siteId, long personId) {
    return jdbc.sql(REFERRAL + " where r.site_id = :site and r.person_id = :person order by r.id")
        .param("site", siteId)
        .param("person", personId)
        .query(OutreachRepository::referral)
        .list();
  }

  /** Applies a change at {@code version}; false when someone changed the referral since. */
  boolean update(long siteId, long id, int version, String set, Object... values) {
    var sql =
        jdbc.sql(
            "update outreach_referral set "
                + set
                + ", version = version + 1 where site_id = :site and id = :id"
                + " and version = :version");
    for (int i = 0; i < values.length; i += 2) {
      sql = sql.param((String) values[i], values[i + 1]);
    }
    return sql.param("site", siteId).param("id", id).param("version", version).update() == 1;
  }

  long insertService(long siteId, long referral, String kind, String provider, LocalDate on) {
    return jdbc.sql(
            """
            insert into outreach_service (site_id, referral_id, kind, provider, started_on)
            values (:site, :referral, :kind, :provider, :on) returning id
            """)
        .param("site", siteId)
        .param("referral", referral)
        .param("kind", kind)
        .param("provider", provider)
        .param("on", on)
        .query(Long.class)
        .single();
  }

  List<Service> services(long siteId, long referral) {
    return jdbc.sql(
            """
            select id, kind, provider, started_on, ended_on, outcome from outreach_service
             where site_id = :site and referral_id = :referral order by started_on, id
            """)
        .param("site", siteId)
        .param("referral", referral)
        .query(
            (rs, n) ->
                new Service(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6)))
        .list();
  }

  long insertContact(
      long siteId, long referral, LocalDate on, String kind, @Nullable String note, long by) {
    return jdbc.sql(
            """
            insert into outreach_contact (site_id, referral_id, contacted_on, kind, note,
                                          recorded_by)
            values (:site, :referral, :on, :kind, :note, :by) returning id
            """)
        .param("site", siteId)
        .param("referral", referral)
        .param("on", on)
        .param("kind", kind)
        .param("note", note == null || note.isBlank() ? null : note.strip())
        .param("by", by)
        .query(Long.class)
        .single();
  }

  List<Contact> contacts(long siteId, long referral) {
    return jdbc.sql(
            """
            select c.id, c.contacted_on, c.kind, c.note, u.display_name
              from outreach_contact c
              join app_user u on u.site_id = c.site_id and u.id = c.recorded_by
             where c.site_id = :site and c.referral_id = :referral
             order by c.contacted_on desc, c.id desc
            """)
        .param("site", siteId)
        .param("referral", referral)
        .query(
            (rs, n) ->
                new Contact(
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  long insertMilestone(long siteId, long referral, LocalDate on, String what) {
    return jdbc.sql(
            """
            insert into outreach_milestone (site_id, referral_id, achieved_on, what)
            values (:site, :referral, :on, :what) returning id
            """)
        .param("site", siteId)
        .param("referral", referral)
        .param("on", on)
        .param("what", what.strip())
        .query(Long.class)
        .single();
  }

  List<Milestone> milestones(long siteId, long referral) {
    return jdbc.sql(
            """
            select id, achieved_on, what from outreach_milestone
             where site_id = :site and referral_id = :referral order by achieved_on, id
            """)
        .param("site", siteId)
        .param("referral", referral)
        .query(
            (rs, n) ->
                new Milestone(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
        .list();
  }

  long insertConsent(
      long siteId,
      Referral r,
      OutreachInputs.ConsentInput in,
      OutreachInputs.ConsentInput.Dates d,
      String information,
      long by) {
    return jdbc.sql(
            """
            insert into outreach_consent (site_id, referral_id, person_id, fact, person_name,
                                          discloser, information, recipient, purpose,
                                          revocation_explained, signed_by, signed_on, expires_on,
                                          recorded_by)
            values (:site, :referral, :person, 'accepted_help', :name, :discloser, :information,
                    :recipient, :purpose, true, :signedBy, :signedOn, :expiresOn, :by)
            returning id
            """)
        .param("site", siteId)
        .param("referral", r.id())
        .param("person", r.personId())
        .param("name", in.personName().strip())
        .param("discloser", r.provider())
        .param("information", information)
        .param("recipient", in.recipient().strip())
        .param("purpose", in.purpose().strip())
        .param("signedBy", in.signedBy().strip())
        .param("signedOn", d.signedOn())
        .param("expiresOn", d.expiresOn())
        .param("by", by)
        .query(Long.class)
        .single();
  }

  boolean revoke(long siteId, long consentId, LocalDate on) {
    return jdbc.sql(
                """
                update outreach_consent set revoked_on = :on
                 where site_id = :site and id = :id and revoked_on is null
                """)
            .param("site", siteId)
            .param("id", consentId)
            .param("on", on)
            .update()
        == 1;
  }

  List<Consent> consents(long siteId, String column, long id) {
    return jdbc.sql(
            "select * from outreach_consent where site_id = :site and "
                + (column.equals("person") ? "person_id" : "referral_id")
                + " = :id order by signed_on desc, id desc")
        .param("site", siteId)
        .param("id", id)
        .query(
            (rs, n) ->
                new Consent(
                    rs.getLong("id"),
                    rs.getLong("referral_id"),
                    rs.getLong("person_id"),
                    rs.getString("fact"),
                    rs.getString("person_name"),
                    rs.getString("discloser"),
                    rs.getString("information"),
                    rs.getString("recipient"),
                    rs.getString("purpose"),
                    rs.getString("signed_by"),
                    rs.getObject("signed_on", LocalDate.class),
                    rs.getObject("expires_on", LocalDate.class),
                    rs.getObject("revoked_on", LocalDate.class)))
        .list();
  }

  void disclosed(long siteId, long consentId, long personId, long to, String value) {
    jdbc.sql(
            """
            insert into outreach_disclosure (site_id, consent_id, person_id, disclosed_to, fact,
                                             value)
            values (:site, :consent, :person, :to, 'accepted_help', :value)
            """)
        .param("site", siteId)
        .param("consent", consentId)
        .param("person", personId)
        .param("to", to)
        .param("value", value)
        .update();
  }

  private static Referral referral(ResultSet rs, int n) throws SQLException {
    Array needs = rs.getArray("needs");
    return new Referral(
        rs.getLong("id"),
        rs.getLong("person_id"),
        "",
        rs.getLong("provider_id"),
        rs.getString("provider"),
        rs.getString("source"),
        (Long) rs.getObject("source_id"),
        rs.getObject("referred_on", LocalDate.class),
        (Long) rs.getObject("worker_id"),
        rs.getString("worker"),
        ReferralStatus.of(rs.getString("status")),
        needs == null ? List.of() : Arrays.asList((String[]) needs.getArray()),
        rs.getObject("assessed_on", LocalDate.class),
        rs.getObject("enrolled_on", LocalDate.class),
        rs.getObject("exited_on", LocalDate.class),
        rs.getString("exit_reason"),
        rs.getInt("version"));
  }
}
