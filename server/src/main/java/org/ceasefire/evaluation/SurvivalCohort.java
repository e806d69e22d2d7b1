package org.ceasefire.evaluation;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who the survival design compares, built from the person-level events: the <em>notified</em>,
 * people whose first contact (a held call-in attended, a custom notification delivered) falls on or
 * after the program's start, and the <em>pool</em> of possible comparisons, people never contacted
 * who were a victim, suspect or arrestee before the start or have a current group membership entry.
 * Each is described at the program's start by age (whole years), prior incidents as suspect or
 * arrestee, and current group membership (valid intelligence only); people without a date of birth
 * cannot be matched and are counted apart. The outcome is the first incident as suspect or arrestee
 * after the person's index day: the notified person's first contact, and for a matched comparison
 * person the same day as their notified partner's.
 */
record SurvivalCohort(
    List<Long> people,
    boolean[] notified,
    double[][] covariates,
    List<LocalDate> firstContact,
    Map<Long, List<LocalDate>> offences,
    int withoutBirthDate) {

  static final List<String> COVARIATES = List.of("age", "prior_incidents", "group_member");

  static SurvivalCohort of(
      LocalDate start,
      ZoneId zone,
      List<PersonEvents.Involvement> involvements,
      List<PersonEvents.Exposure> exposures,
      Map<Long, LocalDate> born,
      Set<Long> members) {
    Map<Long, LocalDate> contact = new HashMap<>();
    for (PersonEvents.Exposure e : exposures) {
      contact.merge(e.personId(), e.on(), (a, b) -> a.isBefore(b) ? a : b);
    }
    Map<Long, Integer> prior = new HashMap<>();
    Map<Long, List<LocalDate>> offences = new HashMap<>();
    TreeMap<Long, Boolean> candidates = new TreeMap<>();
    for (PersonEvents.Involvement i : involvements) {
      LocalDate day = i.day(zone);
      if (i.offending()) {
        offences.computeIfAbsent(i.personId(), k -> new ArrayList<>()).add(day);
        if (day.isBefore(start)) {
          prior.merge(i.personId(), 1, Integer::sum);
        }
      }
      if (day.isBefore(start)) {
        candidates.put(i.personId(), true);
      }
    }
    members.forEach(m -> candidates.put(m, true));
    contact.forEach(
        (p, d) -> {
          if (!d.isBefore(start)) {
            candidates.put(p, true);
          }
        });
    List<Long> people = new ArrayList<>();
    List<Boolean> treated = new ArrayList<>();
    List<double[]> x = new ArrayList<>();
    List<LocalDate> first = new ArrayList<>();
    int noBirth = 0;
    for (Long p : candidates.keySet()) {
      LocalDate c = contact.get(p);
      if (c != null && c.isBefore(start)) {
        continue; // contacted before the program: neither notified by it nor a comparison
      }
      LocalDate dob = born.get(p);
      if (dob == null || dob.isAfter(start)) {
        noBirth++;
        continue;
      }
      people.add(p);
      treated.add(c != null);
      first.add(c);
      x.add(
          new double[] {
            Period.between(dob, start).getYears(),
            prior.getOrDefault(p, 0),
            members.contains(p) ? 1 : 0
          });
    }
    boolean[] t = new boolean[treated.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = treated.get(i);
    }
    offences.values().forEach(l -> l.sort(null));
    return new SurvivalCohort(people, t, x.toArray(double[][]::new), first, offences, noBirth);
  }

  /** The same cohort with only the rows kept. */
  SurvivalCohort subset(boolean[] keep) {
    List<Long> p = new ArrayList<>();
    List<LocalDate> c = new ArrayList<>();
    List<double[]> x = new ArrayList<>();
    List<Boolean> t = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        p.add(people.get(i));
        c.add(firstContact.get(i));
        x.add(covariates[i]);
        t.add(notified[i]);
      }
    }
    boolean[] tt = new boolean[t.size()];
    for (int i = 0; i < tt.length; i++) {
      tt[i] = t.get(i);
    }
    return new SurvivalCohort(p, tt, x.toArray(double[][]::new), c, offences, withoutBirthDate);
  }

  int treatedCount() {
    int n = 0;
    for (boolean b : notified) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** Days from {@code index} to the person's first offence after it, or null if none by the end. */
  @org.jspecify.annotations.Nullable
  Integer daysToOffence(long person, LocalDate index, LocalDate end) {
    for (LocalDate d : offences.getOrDefault(person, List.of())) {
      if (d.isAfter(index) && !d.isAfter(end)) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(index, d);
      }
    }
    return null;
  }
}
