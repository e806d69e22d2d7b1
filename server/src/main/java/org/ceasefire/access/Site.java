package org.ceasefire.access;

/** A partnership: a district or a city, the unit every record belongs to. */
public record Site(
    long id,
    String code,
    String name,
    String timeZone,
    String crs,
    double centerLon,
    double centerLat,
    boolean synthetic) {}
