package org.ceasefire.demo;

import java.io.IOException;
import java.sql.SQLException;

/** Copies a tile's places, groups, people and membership entries. */
final class RegionRows {

  private final DemoRegionWriter writer;
  private final DemoRegionWriter.TileIds ids;

  RegionRows(DemoRegionWriter writer, DemoRegionWriter.TileIds ids) {
    this.writer = writer;
    this.ids = ids;
  }

  void write(DemoTile tile) throws SQLException, IOException {
    long site = writer.site();
    try (CopyRows rows =
        writer.copy("jurisdiction", "name, state, center_lon, center_lat, population")) {
      for (DemoJurisdiction j : tile.jurisdictions()) {
        rows.row(
            site, ids.jurisdiction(j.id()), j.name(), j.state(), j.lon(), j.lat(), j.population());
      }
      writer.counted("jurisdiction", rows.finish());
    }
    try (CopyRows rows = writer.copy("area", "jurisdiction_id, kind, name, geometry, population")) {
      for (DemoArea a : tile.areas()) {
        rows.row(
            site,
            ids.area(a.id()),
            ids.jurisdiction(a.jurisdictionId()),
            "beat",
            a.name(),
            a.geoJson(),
            a.population());
      }
      writer.counted("area", rows.finish());
    }
    writeGroups(tile, site);
    writePeople(tile, site);
  }

  private void writeGroups(DemoTile tile, long site) throws SQLException, IOException {
    try (CopyRows rows =
        writer.copy("criminal_group", "name, type, status, jurisdiction_id, description")) {
      for (DemoGroup g : tile.groups()) {
        String home = tile.areas().get(g.homeAreaId() - 1).name();
        rows.row(
            site,
            ids.group(g.id()),
            g.name(),
            g.type(),
            g.status(),
            ids.jurisdiction(g.jurisdictionId()),
            "Synthetic demo group; claims " + home + ".");
      }
      writer.counted("criminal_group", rows.finish());
    }
    long first = writer.reserve("group_relationship", tile.relationships().size());
    try (CopyRows rows =
        writer.copy("group_relationship", "group_a, group_b, kind, since, basis, active")) {
      long id = first;
      for (DemoRelationship r : tile.relationships()) {
        rows.row(
            site,
            id++,
            ids.group(r.groupA()),
            ids.group(r.groupB()),
            r.kind(),
            r.since(),
            r.basis(),
            true);
      }
      writer.counted("group_relationship", rows.finish());
    }
  }

  private void writePeople(DemoTile tile, long site) throws SQLException, IOException {
    try (CopyRows rows =
        writer.copy(
            "person",
            "first_name, middle_name, last_name, date_of_birth, sex, race_ethnicity, state_id,"
                + " supervision_status, supervision_until")) {
      for (DemoPerson p : tile.people()) {
        rows.row(
            site,
            ids.person(p.id()),
            p.firstName(),
            p.middleName(),
            p.lastName(),
            p.dateOfBirth(),
            p.sex(),
            p.raceEthnicity(),
            p.stateId(),
            p.supervisionStatus(),
            p.supervisionUntil());
      }
      writer.counted("person", rows.finish());
    }
    int aliases = tile.people().stream().mapToInt(p -> p.aliases().size()).sum();
    long alias = writer.reserve("person_alias", aliases);
    try (CopyRows rows = writer.copy("person_alias", "person_id, alias")) {
      for (DemoPerson p : tile.people()) {
        for (String name : p.aliases()) {
          rows.row(site, alias++, ids.person(p.id()), name);
        }
      }
      writer.counted("person_alias", rows.finish());
    }
    long membership = writer.reserve("membership", tile.memberships().size());
    try (CopyRows rows =
        writer.copy(
            "membership",
            "person_id, group_id, role, criteria, source, submitted_by, submitted_at, review_date,"
                + " status, approved_by, approved_at, validated_at")) {
      for (DemoMembership m : tile.memberships()) {
        // approved on submission by the other demo submitter (no one approves their own entry)
        rows.row(
            site,
            membership++,
            ids.person(m.personId()),
            ids.group(m.groupId()),
            m.role(),
            m.criteria(),
            m.source(),
            writer.submitter(m.submitter()),
            m.submittedAt(),
            m.reviewDate(),
            "approved",
            writer.approver(m.submitter()),
            m.submittedAt(),
            m.submittedAt());
      }
      writer.counted("membership", rows.finish());
    }
  }
}
