package org.ceasefire.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.cases.Cases;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.Involvement;
import org.springframework.stereotype.Component;

/**
 * What the people networks are made of: the victims, suspects and arrestees of the site's
 * incidents, and, for viewers who may read prosecution cases, each case's defendant as arrestee of
 * the incidents the case came from (an arrest the incident record may not carry).
 */
@Component
class NetworkMaterial {

  private final Incidents incidents;
  private final Cases cases;
  private final AccessPolicy policy;

  NetworkMaterial(Incidents incidents, Cases cases, AccessPolicy policy) {
    this.incidents = incidents;
    this.cases = cases;
    this.policy = policy;
  }

  /** Whether this viewer's networks take the arrests of prosecution cases. */
  boolean withCases(CeasefireUser viewer) {
    return policy.canRead(viewer.role(), Compartment.PROSECUTION);
  }

  /** A background job over the material, recomputed when incidents (or cases, if taken) change. */
  <T> AnalysisCache.Work<T> work(
      long siteId,
      boolean withCases,
      BiFunction<List<Involvement>, AnalysisCache.Progress, T> build) {
    return new AnalysisCache.Work<>(
        version(siteId, withCases),
        s -> version(s, withCases),
        progress -> {
          progress.at("reading who took part in which incidents", 0.1);
          List<Involvement> material = read(siteId, withCases);
          progress.at("building the network of " + material.size() + " involvements", 0.4);
          return build.apply(material, progress);
        });
  }

  private Object version(long siteId, boolean withCases) {
    return withCases
        ? List.of(incidents.dataVersion(siteId), cases.arrestsVersion(siteId))
        : incidents.dataVersion(siteId);
  }

  List<Involvement> read(long siteId, boolean withCases) {
    List<Involvement> recorded = incidents.involvements(siteId);
    return withCases ? merge(recorded, cases.arrests(siteId)) : recorded;
  }

  /**
   * The recorded involvements plus the arrests not already recorded as the person's offending role
   * in that incident, oldest incident first.
   */
  static List<Involvement> merge(List<Involvement> recorded, List<Involvement> arrests) {
    Set<String> offending = new HashSet<>();
    for (Involvement v : recorded) {
      if (!v.role().equals("victim")) {
        offending.add(v.incidentId() + ":" + v.personId());
      }
    }
    List<Involvement> all = new ArrayList<>(recorded);
    for (Involvement a : arrests) {
      if (offending.add(a.incidentId() + ":" + a.personId())) {
        all.add(a);
      }
    }
    all.sort(
        Comparator.comparing(Involvement::occurredAt)
            .thenComparingLong(Involvement::incidentId)
            .thenComparingLong(Involvement::personId));
    return all;
  }
}
