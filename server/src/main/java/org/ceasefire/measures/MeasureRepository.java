package org.ceasefire.measures;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of the measures ({@link MeasureEvents}) over a period, by month, city or area.
 *
 * <p>This repository reads other features' tables (incidents, participants, people, membership
 * entries, call-ins, notifications, outreach services), against the rule that a feature reads
 * another only through its public service. It does so because a measure is an aggregate over
 * several features at once, and counting it in Java from their services would mean pulling every
 * person-level row (names included, with a read audit per row) out of the compartments they guard
 * just to count them, for viewers — researchers, the public page — who may see none of them. The
 * SQL returns counts only; no person-level value leaves it.
 */
@Repository
class MeasureRepository {

  /** The key of the whole site in maps by city. */
  static final long SITE = 0;

  private final JdbcClient jdbc;

  MeasureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The period [from, to) of days in the site's zone, and today for current entries. */
  record Period(long siteId, ZoneId zone, LocalDate from, LocalDate to, LocalDate today) {
    Period {
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("a period ends after it starts");
      }
    }
  }

  private JdbcClient.StatementSpec statement(String sql, Period p, @Nullable Long jurisdiction) {
    return jdbc.sql(sql)
        .param("site", p.siteId())
        .param("zone", p.zone().getId())
        .param("start", p.from().atStartOfDay(p.zone()).toOffsetDateTime())
        .param("end", p.to().atStartOfDay(p.zone()).toOffsetDateTime())
        .param("from", p.from())
        .param("to", p.to())
        .param("today", p.today())
        .param("jurisdiction", jurisdiction);
  }

  private static String where() {
    return """
         where e.day >= :from and e.day < :to
           and (cast(:jurisdiction as bigint) is null or e.jurisdiction_id = :jurisdiction)
        """;
  }

  /** The count of the measure in the period, for one city or the site (null). */
  long count(Measure m, Period p, @Nullable Long jurisdiction) {
    return statement(
            "select count(distinct e.unit) from (" + MeasureEvents.of(m) + ") e " + where(),
            p,
            jurisdiction)
        .query(Long.class)
        .single();
  }

  /** Counts by month, for one city or the site (null); months without any are absent. */
  Map<YearMonth, Long> monthly(Measure m, Period p, @Nullable Long jurisdiction) {
    Map<YearMonth, Long> counts = new HashMap<>();
    statement(
            "select date_trunc('month', e.day)::date as month, count(distinct e.unit) as n from ("
                + MeasureEvents.of(m)
                + ") e "
                + where()
                + " group by 1",
            p,
            jurisdiction)
        .query(
            (ResultSet rs) -> {
              counts.put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("n"));
            });
    return counts;
  }

  /**
   * Counts by city and month, with the whole site under {@link #SITE} (a person notified in two
   * cities in a month counts once for the site); things without a city count for the site only.
   */
  Map<Long, Map<YearMonth, Long>> monthlyByCity(Measure m, Period p) {
    Map<Long, Map<YearMonth, Long>> counts = new HashMap<>();
    statement(
            "select grouping(e.jurisdiction_id) as whole, e.jurisdiction_id as city,"
                + " date_trunc('month', e.day)::date as month, count(distinct e.unit) as n from ("
                + MeasureEvents.of(m)
                + ") e "
                + where()
                + " group by grouping sets ((e.jurisdiction_id, date_trunc('month', e.day)),"
                + " (date_trunc('month', e.day)))",
            p,
            null)
        .query(
            (ResultSet rs) -> {
              Object city = rs.getObject("city");
              boolean whole = rs.getInt("whole") == 1;
              if (whole || city != null) {
                counts
                    .computeIfAbsent(
                        whole ? SITE : ((Number) city).longValue(), k -> new HashMap<>())
                    .put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("n"));
              }
            });
    return counts;
  }

  /** Counts by area and month (areas without any are absent); the key -1 holds the unlocated. */
  Map<Long, Map<YearMonth, Long>> monthlyByArea(Measure m, Period p, @Nullable Long jurisdiction) {
    Map<Long, Map<YearMonth, Long>> counts = new HashMap<>();
    statement(
            "select coalesce(e.area_id, -1) as area, date_trunc('month', e.day)::date as month,"
                + " count(distinct e.unit) as n from ("
                + MeasureEvents.of(m)
                + ") e "
                + where()
                + " group by 1, 2",
            p,
            jurisdiction)
        .query(
            (ResultSet rs) -> {
              counts
                  .computeIfAbsent(rs.getLong("area"), k -> new HashMap<>())
                  .put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("n"));
            });
    return counts;
  }

  /** A notified person's first contact and first re-offence after it, without who they are. */
  record FirstContact(
      @Nullable Long jurisdictionId, LocalDate day, @Nullable LocalDate reoffence) {}

  /** First contacts in the period (by the city of the first contact, or the site: null). */
  List<FirstContact> firstContacts(Period p, @Nullable Long jurisdiction) {
    List<FirstContact> rows = new ArrayList<>();
    statement(
            "select e.jurisdiction_id, e.day, e.reoffence from ("
                + MeasureEvents.FIRST_CONTACTS_WITH_REOFFENCE
                + ") e "
                + where()
                + " order by e.day",
            p,
            jurisdiction)
        .query(
            (ResultSet rs) -> {
              rows.add(
                  new FirstContact(
                      (Long) rs.getObject("jurisdiction_id"),
                      rs.getObject("day", LocalDate.class),
                      rs.getObject("reoffence", LocalDate.class)));
            });
    return rows;
  }
}
