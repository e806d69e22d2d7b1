package org.ceasefire.cases;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.ceasefire.imports.ImportCounts;
import org.ceasefire.imports.ImportJob;
import org.ceasefire.imports.Staging;

/**
 * The SQL that moves staged case referrals into {@code prosecution_case}: changed particulars
 * updated with their history; new cases inserted as referred with their first dated transition and
 * a history entry; the originating incidents linked (links are added, never removed by an import).
 */
final class CaseImportSql {

  private CaseImportSql() {}

  private static final String PARAMS =
      "(select ?::bigint as site, ?::text as system, ?::bigint as user_id, ?::bigint as import_id)";

  private static final String UPDATE =
      """
      with p as %1$s,
      history as (
        insert into record_history (site_id, record_type, record_id, changed_by, action, changes)
        select c.site_id, 'prosecution_case', c.id, p.user_id, 'update', jsonb_strip_nulls(
                 jsonb_build_object(
                   'caseNumber', case when c.case_number is distinct from s.case_number
                                 then jsonb_build_array(c.case_number, s.case_number) end,
                   'defendantId', case when c.defendant_id is distinct from s.person_id
                                  then jsonb_build_array(c.defendant_id, s.person_id) end,
                   'referringAgencyId', case when c.referring_agency_id is distinct from s.agency_id
                                        then jsonb_build_array(c.referring_agency_id, s.agency_id) end,
                   'referralNumber', case when c.referral_number is distinct from s.referral_number
                                     then jsonb_build_array(c.referral_number, s.referral_number) end,
                   'jurisdictionId', case when c.jurisdiction_id is distinct from s.jurisdiction_id
                                     then jsonb_build_array(c.jurisdiction_id, s.jurisdiction_id) end,
                   'referredOn', case when c.referred_on is distinct from s.referred_on
                                 then jsonb_build_array(c.referred_on, s.referred_on) end,
                   'arrestedOn', case when c.arrested_on is distinct from s.arrested_on
                                 then jsonb_build_array(c.arrested_on, s.arrested_on) end,
                   'gunCase', case when c.gun_case is distinct from s.gun_case
                              then jsonb_build_array(c.gun_case, s.gun_case) end,
                   'custodyStatus', case when c.custody_status is distinct from s.custody_status
                                    then jsonb_build_array(c.custody_status, s.custody_status) end,
                   'import', jsonb_build_array(null, p.import_id)))
          from prosecution_case c join stage_case s on c.source_id = s.source_id, p
         where c.site_id = p.site and c.source_system = p.system
           and (c.case_number, c.defendant_id, c.referring_agency_id, c.referral_number,
                c.jurisdiction_id, c.referred_on, c.arrested_on, c.gun_case, c.custody_status)
               is distinct from
               (s.case_number, s.person_id, s.agency_id, s.referral_number, s.jurisdiction_id,
                s.referred_on, s.arrested_on, s.gun_case, s.custody_status))
      update prosecution_case c
         set case_number = s.case_number, defendant_id = s.person_id,
             referring_agency_id = s.agency_id, referral_number = s.referral_number,
             jurisdiction_id = s.jurisdiction_id, referred_on = s.referred_on,
             arrested_on = s.arrested_on, gun_case = s.gun_case,
             custody_status = s.custody_status, version = c.version + 1, updated_at = now()
        from stage_case s, p
       where c.site_id = p.site and c.source_system = p.system and c.source_id = s.source_id
         and (c.case_number, c.defendant_id, c.referring_agency_id, c.referral_number,
              c.jurisdiction_id, c.referred_on, c.arrested_on, c.gun_case, c.custody_status)
             is distinct from
             (s.case_number, s.person_id, s.agency_id, s.referral_number, s.jurisdiction_id,
              s.referred_on, s.arrested_on, s.gun_case, s.custody_status)
      """
          .formatted(PARAMS);

  private static final String INSERT =
      """
      with p as %1$s,
      created as (
        insert into prosecution_case (site_id, case_number, defendant_id, referring_agency_id,
                                      referral_number, jurisdiction_id, referred_on, arrested_on,
                                      gun_case, custody_status, status_on, source_system,
                                      source_id)
        select p.site, s.case_number, s.person_id, s.agency_id, s.referral_number,
               s.jurisdiction_id, s.referred_on, s.arrested_on, s.gun_case, s.custody_status,
               s.referred_on, p.system, s.source_id
          from stage_case s, p
         where not exists (select 1 from prosecution_case c where c.site_id = p.site
                             and c.source_system = p.system and c.source_id = s.source_id)
        returning site_id, id, case_number, defendant_id, referring_agency_id, jurisdiction_id,
                  referred_on),
      history as (
        insert into record_history (site_id, record_type, record_id, changed_by, action, changes)
        select c.site_id, 'prosecution_case', c.id, p.user_id, 'create', jsonb_build_object(
                 'caseNumber', jsonb_build_array(null, c.case_number),
                 'defendantId', jsonb_build_array(null, c.defendant_id),
                 'referringAgencyId', jsonb_build_array(null, c.referring_agency_id),
                 'jurisdictionId', jsonb_build_array(null, c.jurisdiction_id),
                 'referredOn', jsonb_build_array(null, c.referred_on),
                 'status', jsonb_build_array(null, 'referred'),
                 'import', jsonb_build_array(null, p.import_id))
          from created c, p)
      insert into case_transition (site_id, case_id, from_status, to_status, effective_on, reason,
                                   changed_by)
      select c.site_id, c.id, null, 'referred', c.referred_on, 'imported', p.user_id
        from created c, p
      """
          .formatted(PARAMS);

  private static final String LINK =
      """
      insert into case_incident (site_id, case_id, incident_id)
      select distinct c.site_id, c.id, i.id
        from stage_case s
        join prosecution_case c on c.site_id = ? and c.source_system = ?
                               and c.source_id = s.source_id
        cross join unnest(s.incident_ids) as x(source_id)
        join incident i on i.site_id = c.site_id and i.source_system = s.incident_system
                       and i.source_id = x.source_id
       where not exists (select 1 from case_incident ci where ci.site_id = c.site_id
                           and ci.case_id = c.id and ci.incident_id = i.id)
      """;

  static ImportCounts save(ImportJob job, Staging stage, long read) throws SQLException {
    ImportCounts counts =
        stage.merge(
            UPDATE, INSERT, read, job.siteId(), job.sourceSystem(), job.user().id(), job.id());
    try (PreparedStatement s = stage.connection().prepareStatement(LINK)) {
      s.setLong(1, job.siteId());
      s.setString(2, job.sourceSystem());
      s.executeUpdate();
    }
    return counts;
  }
}
