package org.ceasefire.people;

import java.util.Optional;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.platform.PageSection;

/**
 * A section of a person's page contributed by another feature (groups, incidents, later cases and
 * interventions). Each implementation asks the access policy and answers empty when the viewer's
 * role may not see it.
 */
public interface PersonSection {

  /** Orders sections on the page; lower first. */
  int order();

  Optional<PageSection> section(CeasefireUser viewer, long personId);
}
