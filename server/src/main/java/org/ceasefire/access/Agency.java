package org.ceasefire.access;

/** A partner agency (police department, prosecutor, probation, community organisation, ...). */
public record Agency(long id, String name, String type) {}
