package org.ceasefire.incidents;

import java.time.OffsetDateTime;

/** Where and when an incident happened: the material of spatial analyses. */
public record IncidentPoint(double lon, double lat, OffsetDateTime occurredAt) {}
