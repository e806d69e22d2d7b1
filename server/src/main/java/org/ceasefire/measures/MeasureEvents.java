package org.ceasefire.measures;

import java.util.EnumMap;
import java.util.Map;

/**
 * What each measure counts, as SQL: a query giving one row per counted thing with its city ({@code
 * jurisdiction_id}, null when it has none), its area ({@code area_id}, null for the program's work
 * and for incidents without one), its date in the site's time zone ({@code day}) and what makes it
 * distinct ({@code unit}: the incident, victim, firearm, call-in, service or person). The
 * definitions in words are docs/measures.md; the two must agree.
 *
 * <p>Parameters: {@code :site}, {@code :zone} (the site's time zone), {@code :start} and {@code
 * :end} (the period as instants, to use the incident indexes) and {@code :today} (for the
 * intelligence entries current today).
 */
final class MeasureEvents {

  private MeasureEvents() {}

  private static final String SHOOTING_TYPES = "('homicide', 'non_fatal_shooting')";

  private static String incidents(String types) {
    return """
        select i.jurisdiction_id, i.area_id, (i.occurred_at at time zone :zone)::date as day,
               i.id as unit
          from incident i
         where i.site_id = :site and i.type in %s
           and i.occurred_at >= :start and i.occurred_at < :end
        """
        .formatted(types);
  }

  /**
   * A victim or suspect with an intelligence entry current today: approved, within its review date,
   * neither it nor its group expired (28 CFR Part 23) — the rule of the group audit.
   */
  private static String groupInvolved(String types) {
    return incidents(types)
        + """
           and exists (
             select 1 from participant p
               join membership m on m.site_id = p.site_id and m.person_id = p.person_id
               join criminal_group g on g.site_id = m.site_id and g.id = m.group_id
              where p.site_id = i.site_id and p.incident_id = i.id
                and p.role in ('victim', 'suspect')
                and m.status = 'approved' and m.review_date >= :today
                and m.expired_on is null and g.expired_on is null)
        """;
  }

  /** Victims hit (injury fatal, non-fatal or not recorded) in homicides and non-fatal shootings. */
  private static String victims(String condition) {
    return """
        select i.jurisdiction_id, i.area_id, (i.occurred_at at time zone :zone)::date as day,
               p.id as unit
          from incident i
          join participant p on p.site_id = i.site_id and p.incident_id = i.id
          join person v on v.site_id = p.site_id and v.id = p.person_id
         where i.site_id = :site and i.type in %s
           and i.occurred_at >= :start and i.occurred_at < :end
           and p.role = 'victim' and coalesce(p.injury, '') <> 'none'
           and (%s)
        """
        .formatted(SHOOTING_TYPES, condition);
  }

  private static final String AGE =
      "extract(year from age((i.occurred_at at time zone :zone)::date, v.date_of_birth))";

  /** Everyone who attended a held call-in (on its date, in its city). */
  private static final String ATTENDED =
      """
      select c.jurisdiction_id, c.held_on as day, inv.person_id
        from call_in_invitation inv
        join call_in c on c.site_id = inv.site_id and c.id = inv.call_in_id
       where inv.site_id = :site and c.status = 'held' and inv.attendance = 'attended'
      """;

  /** Everyone to whom a custom notification was delivered (on its date, in its group's city). */
  private static final String DELIVERED =
      """
      select g.jurisdiction_id, n.outcome_on as day, n.person_id
        from custom_notification n
        left join criminal_group g on g.site_id = n.site_id and g.id = n.group_id
       where n.site_id = :site and n.status = 'delivered'
      """;

  /** Each notified person's first contact (the earliest; its city). */
  private static final String FIRST_CONTACT =
      """
      select distinct on (person_id) jurisdiction_id, day, person_id
        from (%s union all %s) contact
       order by person_id, day, jurisdiction_id nulls last
      """
          .formatted(ATTENDED, DELIVERED);

  /** Later incidents (after the first-contact day) with the person as suspect or arrestee. */
  private static final String LATER_OFFENCES =
      """
        from participant p join incident i on i.site_id = p.site_id and i.id = p.incident_id
       where p.site_id = :site and p.person_id = f.person_id
         and p.role in ('suspect', 'arrestee')
         and (i.occurred_at at time zone :zone)::date > f.day
      """;

  /** First contacts with the day of the first re-offence after it (null if none). */
  static final String FIRST_CONTACTS_WITH_REOFFENCE =
      "select f.jurisdiction_id, f.day, (select min((i.occurred_at at time zone :zone)::date) "
          + LATER_OFFENCES
          + ") as reoffence from ("
          + FIRST_CONTACT
          + ") f";

  private static final Map<Measure, String> SQL = new EnumMap<>(Measure.class);

  static {
    SQL.put(Measure.HOMICIDES, incidents("('homicide')"));
    SQL.put(Measure.SHOOTINGS, incidents(SHOOTING_TYPES));
    SQL.put(Measure.NON_FATAL_SHOOTINGS, incidents("('non_fatal_shooting')"));
    SQL.put(Measure.SHOTS_FIRED, incidents("('shots_fired')"));
    SQL.put(Measure.GROUP_HOMICIDES, groupInvolved("('homicide')"));
    SQL.put(Measure.GROUP_SHOOTINGS, groupInvolved(SHOOTING_TYPES));
    SQL.put(Measure.VICTIMS, victims("true"));
    SQL.put(Measure.VICTIMS_UNDER_18, victims(AGE + " < 18"));
    SQL.put(Measure.VICTIMS_18_24, victims(AGE + " between 18 and 24"));
    SQL.put(Measure.VICTIMS_25_34, victims(AGE + " between 25 and 34"));
    SQL.put(Measure.VICTIMS_35_PLUS, victims(AGE + " >= 35"));
    SQL.put(Measure.VICTIMS_AGE_UNKNOWN, victims("v.date_of_birth is null"));
    SQL.put(Measure.VICTIMS_FEMALE, victims("v.sex = 'female'"));
    SQL.put(Measure.VICTIMS_MALE, victims("v.sex = 'male'"));
    SQL.put(
        Measure.VICTIMS_SEX_OTHER_OR_UNKNOWN,
        victims("v.sex is null or v.sex not in ('female', 'male')"));
    SQL.put(Measure.VICTIMS_BLACK, victims("v.race_ethnicity = 'black'"));
    SQL.put(Measure.VICTIMS_HISPANIC, victims("v.race_ethnicity = 'hispanic'"));
    SQL.put(Measure.VICTIMS_WHITE, victims("v.race_ethnicity = 'white'"));
    SQL.put(Measure.VICTIMS_ASIAN, victims("v.race_ethnicity = 'asian'"));
    SQL.put(
        Measure.VICTIMS_OTHER_RACE,
        victims(
            "v.race_ethnicity in ('native_american', 'pacific_islander', 'multiple', 'other')"));
    SQL.put(
        Measure.VICTIMS_RACE_UNKNOWN,
        victims("v.race_ethnicity is null or v.race_ethnicity = 'unknown'"));
    SQL.put(
        Measure.FIREARMS_SEIZED,
        """
        select i.jurisdiction_id, i.area_id, (i.occurred_at at time zone :zone)::date as day,
               f.id as unit
          from firearm f join incident i on i.site_id = f.site_id and i.id = f.incident_id
         where i.site_id = :site and i.type = 'firearm_seizure'
           and i.occurred_at >= :start and i.occurred_at < :end
        """);
    SQL.put(
        Measure.CALL_INS_HELD,
        """
        select c.jurisdiction_id, cast(null as bigint) as area_id, c.held_on as day, c.id as unit
          from call_in c where c.site_id = :site and c.status = 'held'
        """);
    SQL.put(
        Measure.PEOPLE_NOTIFIED,
        "select jurisdiction_id, cast(null as bigint) as area_id, day, person_id as unit from ("
            + ATTENDED
            + " union all "
            + DELIVERED
            + ") contact");
    SQL.put(
        Measure.SERVICES_ACCEPTED,
        """
        select coalesce(c.jurisdiction_id, g.jurisdiction_id) as jurisdiction_id,
               cast(null as bigint) as area_id, s.started_on as day, s.id as unit
          from outreach_service s
          join outreach_referral r on r.site_id = s.site_id and r.id = s.referral_id
          left join call_in c on r.source = 'call_in'
               and c.site_id = r.site_id and c.id = r.source_id
          left join custom_notification n on r.source = 'custom_notification'
               and n.site_id = r.site_id and n.id = r.source_id
          left join criminal_group g on g.site_id = n.site_id and g.id = n.group_id
         where s.site_id = :site
        """);
    SQL.put(
        Measure.PEOPLE_FIRST_NOTIFIED,
        "select jurisdiction_id, cast(null as bigint) as area_id, day, person_id as unit from ("
            + FIRST_CONTACT
            + ") f");
    SQL.put(
        Measure.NOTIFIED_REOFFENDED,
        "select f.jurisdiction_id, cast(null as bigint) as area_id, f.day, f.person_id as unit"
            + " from ("
            + FIRST_CONTACT
            + ") f where exists (select 1 "
            + LATER_OFFENCES
            + ")");
    for (Measure m : Measure.values()) {
      if (!SQL.containsKey(m)) {
        throw new IllegalStateException("no definition for measure " + m);
      }
    }
  }

  static String of(Measure m) {
    return SQL.get(m);
  }
}
