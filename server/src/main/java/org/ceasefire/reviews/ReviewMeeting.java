package org.ceasefire.reviews;

import java.time.LocalDate;

/**
 * A shooting-review meeting of one city on one date. Its agenda covers the incidents since the
 * city's previous meeting ({@code since}), or the week before for the first one.
 */
public record ReviewMeeting(
    long id, long jurisdictionId, String jurisdiction, LocalDate meetsOn, LocalDate since) {}
