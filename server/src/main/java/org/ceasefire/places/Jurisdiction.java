package org.ceasefire.places;

import org.jspecify.annotations.Nullable;

/** A city (or town) in the partnership. */
public record Jurisdiction(
    long id,
    String name,
    String state,
    double centerLon,
    double centerLat,
    @Nullable Integer population) {}
