package org.ceasefire.platform;

/** A principal that belongs to one site (the signed-in user). */
public interface SiteMember {

  long siteId();

  default String siteScope() {
    return Long.toString(siteId());
  }
}
