package org.ceasefire.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Bulk-loads generated tiles into one site with COPY. For each tile it reserves an id block per
 * table, then copies rows with ids mapped as {@code block + local - 1}, parents before children, so
 * every foreign key holds. Runs on the caller's connection and transaction: a failure leaves
 * nothing behind.
 *
 * <p>It writes straight into the tables of places, people, groups and incidents rather than through
 * their services: a bulk COPY of millions of rows is the exception CONVENTIONS.md makes ("bulk
 * loads use COPY"), and the schema in the Flyway migrations is the contract it relies on. Opening a
 * writer locks those tables (exclusive: readable, not writable by others) until the transaction
 * ends.
 */
final class DemoRegionWriter {

  static final String TABLES =
      "jurisdiction, area, criminal_group, group_relationship, person, person_alias, membership,"
          + " incident, participant, firearm";

  private final Connection connection;
  private final PGConnection pg;
  private final IdBlocks ids;
  private final long site;
  private final List<Long> submitters;
  private final DemoLoadCounts counts = new DemoLoadCounts();

  /** {@code submitters}: the users recorded as submitting membership entries, used in turn. */
  DemoRegionWriter(Connection connection, long site, List<Long> submitters) throws SQLException {
    if (submitters.isEmpty()) {
      throw new IllegalArgumentException("membership entries need at least one submitting user");
    }
    this.connection = connection;
    this.pg = connection.unwrap(PGConnection.class);
    this.ids = new IdBlocks(connection);
    this.site = site;
    this.submitters = List.copyOf(submitters);
    ids.lock(TABLES);
  }

  /** Records when the demo partnership's program started, the date evaluation compares around. */
  void programStart(LocalDate start) throws SQLException {
    try (var update =
        connection.prepareStatement("update site set program_start = ? where id = ?")) {
      update.setObject(1, start);
      update.setLong(2, site);
      update.executeUpdate();
    }
  }

  DemoLoadCounts counts() {
    return counts;
  }

  void write(DemoTile tile) throws SQLException, IOException {
    write(tile, true);
  }

  /** Copies a tile; without {@code incidents}, only its places, groups and people. */
  void write(DemoTile tile, boolean incidents) throws SQLException, IOException {
    long jurisdiction = ids.reserve("jurisdiction", tile.jurisdictions().size());
    long area = ids.reserve("area", tile.areas().size());
    long group = ids.reserve("criminal_group", tile.groups().size());
    long person = ids.reserve("person", tile.people().size());
    long incident = incidents ? ids.reserve("incident", tile.incidents().size()) : 0;
    var places = new TileIds(jurisdiction, area, group, person, incident);
    new RegionRows(this, places).write(tile);
    if (incidents) {
      new IncidentRows(this, places).write(tile);
    }
  }

  CopyRows copy(String table, String columns) throws SQLException {
    return new CopyRows(pg, table, "site_id, id, " + columns);
  }

  long reserve(String table, int count) throws SQLException {
    return ids.reserve(table, count);
  }

  long site() {
    return site;
  }

  /** The user who approved entry {@code index}: another submitter, or none if there is one. */
  @org.jspecify.annotations.Nullable
  Long approver(int index) {
    return submitters.size() < 2 ? null : submitters.get((index + 1) % submitters.size());
  }

  long submitter(int index) {
    return submitters.get(index % submitters.size());
  }

  void counted(String table, long rows) {
    counts.add(table, rows);
  }

  /** First database id of each parent table's block for one tile. */
  record TileIds(long jurisdiction, long area, long group, long person, long incident) {

    long jurisdiction(int local) {
      return jurisdiction + local - 1;
    }

    long area(int local) {
      return area + local - 1;
    }

    long group(int local) {
      return group + local - 1;
    }

    long person(int local) {
      return person + local - 1;
    }

    long incident(int local) {
      return incident + local - 1;
    }
  }
}
