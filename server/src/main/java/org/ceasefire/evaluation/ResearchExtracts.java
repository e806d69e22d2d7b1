package org.ceasefire.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The de-identified researcher extract (docs/evaluation.md, "Researcher extract"): one row per
 * person and event — involvement in an incident as victim, suspect or arrestee, attendance at a
 * held call-in, a delivered custom notification — with a keyed pseudonym instead of the person, the
 * date shifted by the person's own offset, age at the event instead of the date of birth, the city
 * and area instead of the place, and no name, address, coordinate, identifier or free text. Only
 * the research partner and the coordinator receive it; each extract is audited with its parameters,
 * row count and SHA-256 checksum.
 */
@Service
public class ResearchExtracts {

  static final String HEADER =
      "person,event,date,age,incident,incident_type,role,injury,city,area,program_place,"
          + "after_program_start,group_member";
  static final String RECORD = "research_extract";

  private final PersonEvents events;
  private final ExtractKeys keys;
  private final Programs programs;
  private final Incidents incidents;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  ResearchExtracts(
      PersonEvents events,
      ExtractKeys keys,
      Programs programs,
      Incidents incidents,
      AccessPolicy policy,
      AuditTrail audit) {
    this.events = events;
    this.keys = keys;
    this.programs = programs;
    this.incidents = incidents;
    this.policy = policy;
    this.audit = audit;
  }

  /** A made extract: the CSV text, its data rows and its checksum. */
  public record Extract(String csv, int rows, String sha256, int maxShift) {}

  /**
   * Makes the extract of events on [from, to] (true dates; either may be blank) for {@code
   * purpose}, and audits it. Refused for every role but the research partner and coordinator.
   */
  @Transactional
  public Extract make(
      CeasefireUser user, @Nullable String from, @Nullable String to, @Nullable String purpose) {
    policy.check(user.role(), Compartment.RESEARCH, Action.READ);
    Validator v = new Validator();
    LocalDate start = v.date("from", from, false, null);
    LocalDate end = v.date("to", to, false, null);
    v.require("purpose", purpose).maxLength("purpose", purpose, 300);
    v.check(start == null || end == null || !end.isBefore(start), "to", "is before from", to);
    v.throwIfInvalid();
    long site = user.siteId();
    Pseudonyms pseudonyms = keys.of(site);
    ZoneId zone = incidents.zone(site);
    Optional<Program> program = programs.current(site);
    Map<Long, LocalDate> born = events.birthDates(site);
    Set<Long> members = events.currentGroupMembers(site);
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    int rows = 0;
    for (PersonEvents.Involvement i : events.involvements(site)) {
      LocalDate day = i.day(zone);
      if (within(day, start, end)) {
        String place = program.map(p -> part(p, i.cityId(), i.areaId())).orElse("");
        row(
            csv,
            pseudonyms,
            i.personId(),
            "incident",
            day,
            born,
            pseudonyms.incident(i.incidentId()),
            i.type(),
            i.role(),
            i.injury(),
            i.city(),
            i.area(),
            place,
            program,
            members);
        rows++;
      }
    }
    for (PersonEvents.Exposure e : events.exposures(site)) {
      if (within(e.on(), start, end)) {
        row(
            csv,
            pseudonyms,
            e.personId(),
            e.kind(),
            e.on(),
            born,
            null,
            null,
            null,
            null,
            e.city(),
            null,
            "",
            program,
            members);
        rows++;
      }
    }
    String text = csv.toString();
    String sum = sha256(text);
    audit.write(
        AuditTrail.entry(
            user,
            AuditAction.EXPORT,
            RECORD,
            null,
            purpose.strip(),
            "from="
                + (start == null ? "" : start)
                + " to="
                + (end == null ? "" : end)
                + " rows="
                + rows
                + " sha256="
                + sum
                + " max_shift_days="
                + pseudonyms.maxShift()));
    return new Extract(text, rows, sum, pseudonyms.maxShift());
  }

  private static boolean within(LocalDate day, @Nullable LocalDate from, @Nullable LocalDate to) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  private static String part(Program p, long city, @Nullable Long area) {
    if (p.targetCities().contains(city) || (area != null && p.targetAreas().contains(area))) {
      return "target";
    }
    if (p.comparisonCities().contains(city)
        || (area != null && p.comparisonAreas().contains(area))) {
      return "comparison";
    }
    return "";
  }

  private static void row(
      StringBuilder csv,
      Pseudonyms pseudonyms,
      long person,
      String event,
      LocalDate day,
      Map<Long, LocalDate> born,
      @Nullable String incident,
      @Nullable String type,
      @Nullable String role,
      @Nullable String injury,
      @Nullable String city,
      @Nullable String area,
      String place,
      Optional<Program> program,
      Set<Long> members) {
    LocalDate dob = born.get(person);
    List<String> cells =
        List.of(
            pseudonyms.person(person),
            event,
            day.plusDays(pseudonyms.shiftDays(person)).toString(),
            dob == null ? "" : Integer.toString(Period.between(dob, day).getYears()),
            text(incident),
            text(type),
            text(role),
            text(injury),
            text(city),
            text(area),
            place,
            program.map(p -> day.isBefore(p.startsOn()) ? "0" : "1").orElse(""),
            members.contains(person) ? "1" : "0");
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        csv.append(',');
      }
      csv.append(DidDesign.quotedIfNeeded(cells.get(c)));
    }
    csv.append('\n');
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
