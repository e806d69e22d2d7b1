package org.ceasefire.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The generated incidents, their participants and firearms as the files a records system would hand
 * to {@code ./ceasefire import} (docs/import.md): {@code incidents.csv}, {@code participants.csv}
 * (people named by their state id) and {@code firearms.csv}, written as the tiles come, so memory
 * holds one tile. Source ids are those the COPY load gives ({@code tile-incident}, source system
 * {@value IncidentRows#SOURCE_SYSTEM}), so both ways load the same records under the same keys.
 */
final class DemoImportFiles implements AutoCloseable {

  static final String INCIDENTS = "incidents.csv";
  static final String PARTICIPANTS = "participants.csv";
  static final String FIREARMS = "firearms.csv";

  private final ZoneId zone;
  private final PrintWriter incidents;
  private final PrintWriter participants;
  private final PrintWriter firearms;
  private long firearmRows;

  DemoImportFiles(Path dir, ZoneId zone) throws IOException {
    this.zone = zone;
    Files.createDirectories(dir);
    incidents =
        open(
            dir.resolve(INCIDENTS),
            "source_id,type,occurred_at,city,report_number,lon,lat,address,narrative");
    participants =
        open(
            dir.resolve(PARTICIPANTS),
            "incident_source_id,role,injury,first_name,last_name,state_id,date_of_birth,sex,"
                + "race_ethnicity");
    firearms =
        open(
            dir.resolve(FIREARMS),
            "source_id,incident_source_id,kind,make,model,calibre,serial_number");
  }

  void add(DemoTile tile) {
    java.util.Map<Integer, DemoPerson> people = new java.util.HashMap<>();
    tile.people().forEach(p -> people.put(p.id(), p));
    for (DemoIncident i : tile.incidents()) {
      String sourceId = (tile.index() + 1) + "-" + i.id();
      row(
          incidents,
          sourceId,
          i.type(),
          i.occurredAt().atZone(zone).toOffsetDateTime().toString(),
          tile.jurisdictions().get(i.jurisdictionId() - 1).name(),
          i.reportNumber(),
          String.format(java.util.Locale.ROOT, "%.7f", i.lon()),
          String.format(java.util.Locale.ROOT, "%.7f", i.lat()),
          i.address(),
          i.narrative());
      for (DemoParticipant p : i.participants()) {
        DemoPerson person = people.get(p.personId());
        row(
            participants,
            sourceId,
            p.role(),
            p.injury(),
            person.firstName(),
            person.lastName(),
            person.stateId(),
            person.dateOfBirth().toString(),
            person.sex(),
            person.raceEthnicity());
      }
      for (DemoFirearm f : i.firearms()) {
        firearmRows++;
        row(
            firearms,
            "f" + (tile.index() + 1) + "-" + firearmRows,
            sourceId,
            f.kind(),
            f.make(),
            f.model(),
            f.calibre(),
            f.serialNumber());
      }
    }
  }

  @Override
  public void close() throws IOException {
    incidents.close();
    participants.close();
    firearms.close();
    if (incidents.checkError() || participants.checkError() || firearms.checkError()) {
      throw new IOException("writing the demo import files failed");
    }
  }

  private static void row(PrintWriter out, @Nullable String... values) {
    StringBuilder line = new StringBuilder();
    for (int k = 0; k < values.length; k++) {
      if (k > 0) {
        line.append(',');
      }
      line.append(field(values[k]));
    }
    out.println(line);
  }

  /** RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. */
  static String field(@Nullable String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static PrintWriter open(Path file, String header) throws IOException {
    PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    out.println(header);
    return out;
  }
}
