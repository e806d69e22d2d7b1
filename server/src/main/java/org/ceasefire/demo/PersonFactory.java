package org.ceasefire.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Makes one synthetic person: group members are younger, mostly male and more often under
 * supervision than other people known to the partnership. State ids are prefixed "SYN" so they can
 * never be mistaken for real ones.
 */
final class PersonFactory {

  private static final List<String> RACES =
      List.of("black", "hispanic", "white", "asian", "multiple", "other");
  private static final double[] MEMBER_RACE = {0.55, 0.33, 0.08, 0.01, 0.02, 0.01};
  private static final double[] RESIDENT_RACE = {0.40, 0.33, 0.20, 0.03, 0.02, 0.02};

  private final TileState state;

  PersonFactory(TileState state) {
    this.state = state;
  }

  DemoPerson member() {
    Sampling s = state.sampling;
    int age = 15 + (int) Math.min(30, Math.abs(s.gaussian()) * 8);
    String sex = s.chance(0.94) ? "male" : "female";
    return create(age, sex, MEMBER_RACE, new double[] {0.18, 0.10, 0.05}, s.chance(0.45) ? 1 : 0);
  }

  DemoPerson resident() {
    Sampling s = state.sampling;
    int age = 16 + (int) Math.min(55, -StrictMath.log(1 - s.uniform(0, 1)) * 14);
    String sex = s.chance(0.72) ? "male" : "female";
    return create(age, sex, RESIDENT_RACE, new double[] {0.08, 0.03, 0.02}, s.chance(0.05) ? 1 : 0);
  }

  /** {@code supervision} holds the chances of probation, parole and pretrial release. */
  private DemoPerson create(
      int age, String sex, double[] races, double[] supervision, int aliasCount) {
    Sampling s = state.sampling;
    int id = state.people.size() + 1;
    LocalDate end = state.parameters.endDate();
    LocalDate born = end.minusYears(age).minusDays(s.between(0, 364));
    String status = supervisionStatus(s, supervision);
    @Nullable LocalDate until = status.equals("none") ? null : end.plusDays(s.between(30, 1000));
    List<String> aliases = new ArrayList<>();
    for (int i = 0; i < aliasCount + (aliasCount > 0 && s.chance(0.2) ? 1 : 0); i++) {
      String alias = SyntheticNames.alias(s);
      if (!aliases.contains(alias)) {
        aliases.add(alias);
      }
    }
    DemoPerson person =
        new DemoPerson(
            id,
            SyntheticNames.firstName(s, sex),
            s.chance(0.6) ? Character.toString((char) ('A' + s.between(0, 25))) : null,
            SyntheticNames.surname(s),
            born,
            sex,
            RACES.get(s.weighted(races)),
            String.format(Locale.ROOT, "SYN%d-%06d", state.index + 1, id),
            status,
            until,
            aliases);
    state.people.add(person);
    return person;
  }

  private static String supervisionStatus(Sampling s, double[] chances) {
    double roll = s.uniform(0, 1);
    if (roll < chances[0]) {
      return "probation";
    }
    if (roll < chances[0] + chances[1]) {
      return "parole";
    }
    return roll < chances[0] + chances[1] + chances[2] ? "pretrial" : "none";
  }
}
