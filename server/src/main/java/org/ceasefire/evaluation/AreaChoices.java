package org.ceasefire.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefire.places.Area;
import org.ceasefire.places.Jurisdiction;

/**
 * The areas the program form offers, grouped by city. A site of up to {@link #EVERY_AREA_UP_TO}
 * areas is offered every area; a larger one (hundreds of cities, thousands of beats: a list no one
 * could use) only the areas of the cities the form has chosen, as places or through one of their
 * areas, and the page offers another city's areas on request.
 */
record AreaChoices(List<CityAreas> cities, boolean everyArea, int areaCount) {

  static final int EVERY_AREA_UP_TO = 500;

  /** One area to choose. */
  record Choice(long id, String name) {}

  /** A city's areas, by name. */
  record CityAreas(long cityId, String city, List<Choice> areas) {}

  AreaChoices {
    cities = List.copyOf(cities);
  }

  /** {@code chosenCities} and {@code chosenAreas}: what the form holds now. */
  static AreaChoices of(
      List<Jurisdiction> jurisdictions,
      List<Area> areas,
      Collection<Long> chosenCities,
      Collection<Long> chosenAreas) {
    boolean every = areas.size() <= EVERY_AREA_UP_TO;
    Set<Long> offered = new HashSet<>(chosenCities);
    Map<Long, List<Choice>> byCity = new HashMap<>();
    Set<Long> chosen = new HashSet<>(chosenAreas);
    for (Area a : areas) {
      if (chosen.contains(a.id())) {
        offered.add(a.jurisdictionId());
      }
    }
    for (Area a : areas) {
      if (every || offered.contains(a.jurisdictionId())) {
        byCity
            .computeIfAbsent(a.jurisdictionId(), k -> new ArrayList<>())
            .add(new Choice(a.id(), a.name()));
      }
    }
    Map<Long, CityAreas> ordered = new LinkedHashMap<>();
    for (Jurisdiction j : jurisdictions) {
      List<Choice> list = byCity.get(j.id());
      if (list != null) {
        ordered.put(j.id(), new CityAreas(j.id(), j.name(), List.copyOf(list)));
      }
    }
    return new AreaChoices(new ArrayList<>(ordered.values()), every, areas.size());
  }
}
