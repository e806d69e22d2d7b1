package org.ceasefire.demo;

import java.io.IOException;
import java.sql.SQLException;

/** Copies a tile's incidents, then their participants and firearms. */
final class IncidentRows {

  static final String SOURCE_SYSTEM = "demo";

  private final DemoRegionWriter writer;
  private final DemoRegionWriter.TileIds ids;

  IncidentRows(DemoRegionWriter writer, DemoRegionWriter.TileIds ids) {
    this.writer = writer;
    this.ids = ids;
  }

  void write(DemoTile tile) throws SQLException, IOException {
    long site = writer.site();
    try (CopyRows rows =
        writer.copy(
            "incident",
            "report_number, type, occurred_at, lon, lat, address, jurisdiction_id, area_id,"
                + " narrative, source_system, source_id")) {
      for (DemoIncident i : tile.incidents()) {
        rows.row(
            site,
            ids.incident(i.id()),
            i.reportNumber(),
            i.type(),
            i.occurredAt(),
            i.lon(),
            i.lat(),
            i.address(),
            ids.jurisdiction(i.jurisdictionId()),
            ids.area(i.areaId()),
            i.narrative(),
            SOURCE_SYSTEM,
            (tile.index() + 1) + "-" + i.id());
      }
      writer.counted("incident", rows.finish());
    }
    writeParticipants(tile, site);
    writeFirearms(tile, site);
  }

  private void writeParticipants(DemoTile tile, long site) throws SQLException, IOException {
    int count = tile.incidents().stream().mapToInt(i -> i.participants().size()).sum();
    long id = writer.reserve("participant", count);
    try (CopyRows rows = writer.copy("participant", "incident_id, person_id, role, injury")) {
      for (DemoIncident i : tile.incidents()) {
        for (DemoParticipant p : i.participants()) {
          rows.row(
              site, id++, ids.incident(i.id()), ids.person(p.personId()), p.role(), p.injury());
        }
      }
      writer.counted("participant", rows.finish());
    }
  }

  private void writeFirearms(DemoTile tile, long site) throws SQLException, IOException {
    int count = tile.incidents().stream().mapToInt(i -> i.firearms().size()).sum();
    long id = writer.reserve("firearm", count);
    try (CopyRows rows =
        writer.copy("firearm", "incident_id, kind, make, model, calibre, serial_number")) {
      for (DemoIncident i : tile.incidents()) {
        for (DemoFirearm f : i.firearms()) {
          rows.row(
              site,
              id++,
              ids.incident(i.id()),
              f.kind(),
              f.make(),
              f.model(),
              f.calibre(),
              f.serialNumber());
        }
      }
      writer.counted("firearm", rows.finish());
    }
  }
}
