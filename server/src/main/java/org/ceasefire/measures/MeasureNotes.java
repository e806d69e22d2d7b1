package org.ceasefire.measures;

import java.util.EnumMap;
import java.util.Map;

/**
 * The definitions in brief, one per kind of measure, for the dashboard and the quarterly report;
 * docs/measures.md has them in full. Keep the three in step with {@link MeasureEvents}.
 */
final class MeasureNotes {

  private MeasureNotes() {}

  private static final Map<Measure.Kind, String> NOTES = new EnumMap<>(Measure.Kind.class);

  static {
    NOTES.put(
        Measure.Kind.VIOLENCE,
        "Incidents recorded as homicide, non-fatal shooting or shots fired, by the date and city"
            + " where they happened (the site's time zone). Shootings are homicides plus non-fatal"
            + " shootings; the incident record has no weapon field, so a homicide by other means"
            + " counts as a fatal shooting. Each incident counts once, whatever its victims.");
    NOTES.put(
        Measure.Kind.GROUPS,
        "Homicides and shootings with at least one victim or suspect who has an intelligence entry"
            + " current today: approved, within its review date, neither it nor its group expired"
            + " (28 CFR Part 23), the rule of the group audit. Pending and expired entries never"
            + " count. An entry's date does not matter: the count is what is known today.");
    NOTES.put(
        Measure.Kind.VICTIMS,
        "People recorded as victims of homicides and non-fatal shootings and hit (injury fatal,"
            + " non-fatal or not recorded; a victim recorded as unhurt is not counted). A person"
            + " shot twice counts twice.");
    NOTES.put(
        Measure.Kind.VICTIMS_AGE,
        "Age on the day of the incident from the date of birth; unknown when none is recorded.");
    NOTES.put(Measure.Kind.VICTIMS_SEX, "Sex as recorded on the person.");
    NOTES.put(
        Measure.Kind.VICTIMS_RACE,
        "Race or ethnicity as recorded on the person; native American, Pacific Islander, multiple"
            + " and other are counted together.");
    NOTES.put(
        Measure.Kind.FIREARMS,
        "Firearms recorded on firearm-seizure incidents, by the incident's date and city. Guns"
            + " recorded on other incidents are not counted.");
    NOTES.put(
        Measure.Kind.PROGRAM,
        "Call-ins recorded as held, on their date and in their city. People notified: distinct"
            + " people who attended a held call-in or received a delivered custom notification in"
            + " the month (a notification counts in its group's city; one without a group counts"
            + " for the whole site only). Services accepted: services people started with an"
            + " outreach provider, in the city of the call-in or notification they were referred"
            + " from; small counts are shown as fewer than 5 to roles that may not read outreach.");
    NOTES.put(
        Measure.Kind.REOFFENDING,
        "People by the month of their first notification (call-in attended or custom notification"
            + " delivered), and of them those who were later a suspect or arrested in any incident"
            + " (any day after the first notification, up to today). Recent months have had less"
            + " time: the Kaplan–Meier curve accounts for that, the counts do not.");
  }

  static String of(Measure.Kind kind) {
    return NOTES.get(kind);
  }

  static Map<Measure.Kind, String> all() {
    return NOTES;
  }
}
