package org.ceasefire.places;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One site's cities and areas as the database held them at one version of its places (V101), and
 * spatial indexes of those areas, built on first use: one of every area (for imports), and one per
 * city for locating a single point (parsing one city's boundaries, not the whole site's, when the
 * site index is not built yet). Immutable but for those indexes, which are made from the areas here
 * and nothing else.
 */
final class SitePlaces {

  private final @Nullable UUID version;
  private final List<Jurisdiction> jurisdictions;
  private final List<Area> areas;
  private final Map<Long, Area> byId = new LinkedHashMap<>();
  private final Map<Long, List<Area>> byCity;
  private volatile @Nullable AreaIndex index;
  private final java.util.concurrent.ConcurrentHashMap<Long, AreaIndex> cityIndexes =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code areas} ordered by name. */
  SitePlaces(@Nullable UUID version, List<Jurisdiction> jurisdictions, List<Area> areas) {
    this.version = version;
    this.jurisdictions = List.copyOf(jurisdictions);
    this.areas = List.copyOf(areas);
    Map<Long, java.util.ArrayList<Area>> cities = new LinkedHashMap<>();
    for (Area a : this.areas) {
      byId.put(a.id(), a);
      cities.computeIfAbsent(a.jurisdictionId(), k -> new java.util.ArrayList<>()).add(a);
    }
    Map<Long, List<Area>> frozen = new LinkedHashMap<>();
    cities.forEach((city, list) -> frozen.put(city, List.copyOf(list)));
    this.byCity = frozen;
  }

  boolean isAt(@Nullable UUID version) {
    return java.util.Objects.equals(this.version, version);
  }

  List<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }

  List<Area> areas() {
    return areas;
  }

  List<Area> areasOf(long jurisdictionId) {
    return byCity.getOrDefault(jurisdictionId, List.of());
  }

  @Nullable Area area(long id) {
    return byId.get(id);
  }

  /** An index holding at least the city's areas. */
  AreaIndex indexOf(long jurisdictionId) {
    AreaIndex whole = index;
    return whole != null
        ? whole
        : cityIndexes.computeIfAbsent(jurisdictionId, city -> new AreaIndex(areasOf(city)));
  }

  AreaIndex index() {
    AreaIndex built = index;
    if (built == null) {
      synchronized (this) {
        built = index;
        if (built == null) {
          built = new AreaIndex(areas);
          index = built;
        }
      }
    }
    return built;
  }
}
