package org.ceasefire.groups;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A conflict or alliance between two groups, seen from {@code groupId}'s side. */
public record GroupRelationship(
    long id,
    long groupId,
    long otherGroupId,
    String otherGroupName,
    String kind,
    @Nullable LocalDate since,
    String basis,
    boolean active) {}
