package org.ceasefire.incidents;

import java.time.OffsetDateTime;

/** Published when an incident is recorded; reviews and alerts listen. */
public record IncidentRecorded(long siteId, long incidentId, String type, OffsetDateTime at) {}
