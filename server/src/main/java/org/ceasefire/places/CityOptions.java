package org.ceasefire.places;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a city filter or field, as pages write them: {@code
 * th:with="cityOptions=${@cityOptions.html(jurisdictions, selected)}" th:utext="${cityOptions}"}. A
 * state has hundreds of cities, and rendering them one template iteration each was most of the work
 * of an incident list page; the escaped options are made once per list of cities (the places cache
 * hands out the same list until the site's places change) and only the selected one is marked per
 * page.
 */
@Component("cityOptions")
public class CityOptions {

  /** Made options by the identity of the list they were made from. */
  private final Map<Integer, Made> made = new ConcurrentHashMap<>();

  private record Made(WeakReference<List<Jurisdiction>> from, long[] ids, String[] options) {}

  /**
   * One option per city, in the list's order, with {@code selected} (a city id as a number or as
   * text; null or anything else: none) marked selected.
   */
  public String html(List<Jurisdiction> cities, @Nullable Object selected) {
    Made m = made(cities);
    long chosen = id(selected);
    StringBuilder out = new StringBuilder(m.options.length * 40);
    for (int k = 0; k < m.options.length; k++) {
      out.append("<option value=\"").append(m.ids[k]).append('"');
      if (m.ids[k] == chosen) {
        out.append(" selected=\"selected\"");
      }
      out.append(m.options[k]);
    }
    return out.toString();
  }

  private Made made(List<Jurisdiction> cities) {
    int key = System.identityHashCode(cities);
    Made m = made.get(key);
    if (m != null && m.from.get() == cities) {
      return m;
    }
    long[] ids = new long[cities.size()];
    String[] options = new String[cities.size()];
    for (int k = 0; k < ids.length; k++) {
      Jurisdiction j = cities.get(k);
      ids[k] = j.id();
      options[k] = ">" + HtmlUtils.htmlEscape(j.name()) + "</option>";
    }
    m = new Made(new WeakReference<>(cities), ids, options);
    if (made.size() > 256) { // lists of places long replaced
      made.clear();
    }
    made.put(key, m);
    return m;
  }

  private static long id(@Nullable Object selected) {
    if (selected instanceof Number n) {
      return n.longValue();
    }
    if (selected instanceof String s && !s.isBlank()) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        return Long.MIN_VALUE;
      }
    }
    return Long.MIN_VALUE;
  }
}
