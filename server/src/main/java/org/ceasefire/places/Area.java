package org.ceasefire.places;

import org.jspecify.annotations.Nullable;

/** A beat, district or neighbourhood with its boundary as a GeoJSON geometry (WGS84). */
public record Area(
    long id,
    long jurisdictionId,
    String kind,
    String name,
    String geometry,
    @Nullable Integer population) {}
