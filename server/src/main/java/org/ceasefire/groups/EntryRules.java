package org.ceasefire.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ceasefire.platform.Validator;

/**
 * The site's rules for intelligence entries: its documented criteria and who may be listed for how
 * long. Declared here, implemented by the intelligence feature, so that groups does not depend on
 * it.
 */
public interface EntryRules {

  /** The site's active documented criteria, code to label, in display order. */
  Map<String, String> activeCriteria(long siteId);

  /**
   * Checks an entry about {@code personId} made {@code today} with these criteria against the
   * site's rules, adding a problem for each breach, and answers the latest review date allowed.
   */
  LocalDate latestReview(
      Validator v, long siteId, long personId, List<String> criteria, LocalDate today);
}
