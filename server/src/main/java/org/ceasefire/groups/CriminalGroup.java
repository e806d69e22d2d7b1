package org.ceasefire.groups;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A group (street gang, crew, set, ...) as the partnership's intelligence knows it. */
public record CriminalGroup(
    long id,
    String name,
    String type,
    String status,
    long jurisdictionId,
    String jurisdictionName,
    @Nullable String description,
    int memberCount,
    int version) {

  Map<String, @Nullable Object> fields() {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("type", type);
    m.put("status", status);
    m.put("jurisdictionId", jurisdictionId);
    m.put("description", description);
    return m;
  }
}
