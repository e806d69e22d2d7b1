package org.ceasefire.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Shootings between rival groups as a discrete-time multivariate Hawkes process. Every conflict
 * gives two directed pairs (A shoots at B, B at A). Pair p fires on a day with Poisson intensity
 * {@code (mu_p + e_p) * season * weekday}, where mu_p shares {@link #BASELINE_PER_YEAR} among pairs
 * by a log-normal feud heat, and e_p is the excitation: each A-on-B event adds {@link #RETALIATION}
 * (half for a miss) to B-on-A and {@link #MOMENTUM} to A-on-B, decaying by exp(-1/{@value
 * #DECAY_DAYS}) a day, so a hit brings about 0.85 expected shootings back and a miss about 0.45.
 * The branching ratio is about 0.65: most group shootings answer an earlier one, the pattern a
 * retaliation alert looks for. {@link ProgramEffect} damps baseline and retaliation in program
 * cities once the program starts.
 */
final class ConflictProcess {

  static final double BASELINE_PER_YEAR = 180;
  static final double RETALIATION = 0.18;
  static final double MOMENTUM = 0.01;
  static final double DECAY_DAYS = 5;
  private static final double HIT = 0.5;
  private static final double FATAL = 0.18;

  private record Pair(GroupPlan shooter, GroupPlan target, double baseline) {}

  private final TileState state;
  private final IncidentFactory incidents;
  private final ProgramEffect program;
  private final List<Pair> pairs = new ArrayList<>();
  private final double[] excitation;
  private final @Nullable DemoArea[] front;
  private final int[] reverse;

  ConflictProcess(TileState state, IncidentFactory incidents) {
    this.state = state;
    this.incidents = incidents;
    this.program = new ProgramEffect(state.parameters);
    List<DemoRelationship> conflicts =
        state.relationships.stream().filter(DemoRelationship::conflict).toList();
    double[] heat = new double[conflicts.size()];
    double total = 0;
    for (int i = 0; i < heat.length; i++) {
      heat[i] = state.sampling.lognormal(0.8);
      total += heat[i];
    }
    reverse = new int[2 * conflicts.size()];
    for (int i = 0; i < conflicts.size(); i++) {
      double mu = BASELINE_PER_YEAR / 365 * heat[i] / total / 2;
      GroupPlan a = state.group(conflicts.get(i).groupA());
      GroupPlan b = state.group(conflicts.get(i).groupB());
      pairs.add(new Pair(a, b, mu));
      pairs.add(new Pair(b, a, mu));
      reverse[2 * i] = 2 * i + 1;
      reverse[2 * i + 1] = 2 * i;
    }
    excitation = new double[pairs.size()];
    front = new DemoArea[conflicts.size()];
  }

  void day(LocalDate day) {
    double rhythm = Seasons.season(day, 0.25) * Seasons.weekend(day);
    double[] added = new double[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      Pair pair = pairs.get(p);
      double baseline = pair.baseline() * program.feudBaseline(pair.target().city, day);
      double intensity = Math.min(3, (baseline + excitation[p]) * rhythm);
      int events = state.sampling.poisson(intensity);
      for (int e = 0; e < events; e++) {
        boolean hit = shoot(day, pair, p / 2);
        // the victim's group would retaliate; the program's outreach works with it
        double retaliation = RETALIATION * program.retaliation(pair.target().city, day);
        added[reverse[p]] += hit ? retaliation : retaliation / 2;
        added[p] += MOMENTUM;
      }
    }
    double decay = StrictMath.exp(-1 / DECAY_DAYS);
    for (int p = 0; p < pairs.size(); p++) {
      excitation[p] = (excitation[p] + added[p]) * decay;
    }
  }

  /** One shooting by the shooter group at the target group; true when someone was hit. */
  private boolean shoot(LocalDate day, Pair pair, int conflict) {
    Sampling s = state.sampling;
    boolean hit = s.chance(HIT);
    boolean fatal = hit && s.chance(FATAL);
    Cast cast = new Cast();
    int victim = pair.target().members.draw(s);
    if (hit || s.chance(0.5)) {
      cast.add(victim, "victim", fatal ? "fatal" : hit ? "non_fatal" : "none");
    }
    if (hit && s.chance(0.1)) {
      int second =
          s.chance(0.5) ? pair.target().members.draw(s) : pair.target().city.residents.draw(s);
      cast.add(second, "victim", "non_fatal");
    }
    Participation.suspects(s, cast, pair.shooter().members, 0.45, 0.5);
    Participation.witness(s, cast, pair.target().city, 0.3);
    DemoArea area = where(pair, front[conflict]);
    front[conflict] = area;
    CityPlan city = cityOf(pair, area);
    String type = fatal ? "homicide" : hit ? "non_fatal_shooting" : "shots_fired";
    incidents.add(
        day,
        type,
        city,
        area,
        "Synthetic demo record: believed linked to an ongoing dispute between two groups.",
        cast,
        List.of());
    return hit;
  }

  /**
   * Where a feud's shooting happens: often the corner of its last one (the contested front, which
   * makes near repeats), else mostly the target's home beat, sometimes the shooter's, rarely
   * anywhere in the target's city.
   */
  private DemoArea where(Pair pair, @Nullable DemoArea last) {
    Sampling s = state.sampling;
    double roll = s.uniform(0, 1);
    if (last != null && roll < 0.35) {
      return last;
    }
    if (roll < 0.75) {
      return pair.target().home();
    }
    return roll < 0.9 ? pair.shooter().home() : pair.target().city.byRisk.draw(s);
  }

  private static CityPlan cityOf(Pair pair, DemoArea area) {
    return area.jurisdictionId() == pair.shooter().city.jurisdiction.id()
        ? pair.shooter().city
        : pair.target().city;
  }
}
