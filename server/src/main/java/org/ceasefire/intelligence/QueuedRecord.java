package org.ceasefire.intelligence;

import java.time.LocalDate;

/** A record in the purge queue: hidden everywhere, kept until someone purges it. */
record QueuedRecord(long id, String recordType, long recordId, String reason, LocalDate queuedOn) {}
