package org.ceasefire.places;

/** An area by name only, for choosing one: no boundary. */
public record AreaName(long id, long jurisdictionId, String kind, String name) {}
