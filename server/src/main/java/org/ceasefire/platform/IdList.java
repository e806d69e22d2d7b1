package org.ceasefire.platform;

import java.util.Collection;

/**
 * A condition that a column holds one of some ids, written so that PostgreSQL can keep one plan for
 * it. With an array parameter ({@code column = any(:ids)}) the generic plan guesses ten elements,
 * looks dearer than a plan made for the actual one, and so the statement is planned afresh on every
 * call: for a person's memberships, about 1.1 ms of planning for 0.1 ms of work
 * (docs/benchmarks.md, "Load", seventh run). A single id, the common case (one person's page), is
 * written {@code column = :ids} instead, whose generic plan is kept. The column and parameter names
 * come from the code, never from input.
 */
public record IdList(String condition, Object value) {

  public static IdList of(String column, String parameter, Collection<Long> ids) {
    if (ids.size() == 1) {
      return new IdList(column + " = :" + parameter, ids.iterator().next());
    }
    return new IdList(column + " = any(:" + parameter + ")", ids.toArray(Long[]::new));
  }
}
