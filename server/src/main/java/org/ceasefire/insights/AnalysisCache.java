package org.ceasefire.insights;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.ceasefire.incidents.DataVersion;
import org.springframework.stereotype.Component;

/**
 * Results of analyses per site, kept while the site's incident data stays at the same {@link
 * DataVersion}: a write of any incident or participant makes every result of the site recomputed on
 * its next request. Each site keeps its {@value #PER_SITE} most recently used results.
 */
@Component
class AnalysisCache {

  static final int PER_SITE = 64;

  private static final class SiteResults extends LinkedHashMap<String, Object> {
    final DataVersion version;

    SiteResults(DataVersion version) {
      super(16, 0.75f, true);
      this.version = version;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > PER_SITE;
    }
  }

  private final Map<Long, SiteResults> sites = new ConcurrentHashMap<>();

  /** The cached result for {@code key} at this version, or computes and keeps it. */
  @SuppressWarnings("unchecked")
  <T> T get(long siteId, DataVersion version, String key, Supplier<T> compute) {
    SiteResults results =
        sites.compute(
            siteId,
            (id, old) ->
                old != null && old.version.equals(version) ? old : new SiteResults(version));
    synchronized (results) {
      Object hit = results.get(key);
      if (hit != null) {
        return (T) hit;
      }
    }
    T value = compute.get();
    synchronized (results) {
      results.put(key, value);
    }
    return value;
  }
}
