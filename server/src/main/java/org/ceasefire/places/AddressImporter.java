package org.ceasefire.places;

import java.sql.SQLException;
import java.util.List;
import org.ceasefire.access.Compartment;
import org.ceasefire.imports.CsvRow;
import org.ceasefire.imports.CsvRows;
import org.ceasefire.imports.ImportColumn;
import org.ceasefire.imports.ImportCounts;
import org.ceasefire.imports.ImportJob;
import org.ceasefire.imports.ImportKind;
import org.ceasefire.imports.Importer;
import org.ceasefire.imports.Staging;
import org.ceasefire.platform.ValidationException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The site's address table from CSV ({@code address,lon,lat}): what incidents given only an address
 * are located by. Re-importing an address moves it; an address is matched by its {@link
 * AddressBook#key}.
 */
@Component
class AddressImporter implements Importer {

  static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.required("address", "the address as incidents give it, e.g. 120 Main St"),
          ImportColumn.required("lon", "longitude, WGS84 decimal degrees"),
          ImportColumn.required("lat", "latitude, WGS84 decimal degrees"));

  private static final ImportKind KIND =
      ImportKind.csv("addresses", "Addresses (geocoding table)", Compartment.INVESTIGATIVE, COLUMNS)
          .withoutSourceSystem();

  @Override
  public ImportKind describe() {
    return KIND;
  }

  @Override
  public ImportCounts load(ImportJob job) throws SQLException {
    long read = 0;
    try (CsvRows rows = job.file().rows(COLUMNS, job.problems());
        Staging stage =
            Staging.create(
                job,
                "stage_address",
                "address_key text, address text, lon double precision, lat double precision",
                "address_key, address, lon, lat")) {
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        read++;
        String address = row.get("address");
        Coordinates at = Coordinates.read(row);
        List<FieldProblem> problems = new java.util.ArrayList<>(at.problems());
        if (address == null || AddressBook.key(address).isEmpty()) {
          problems.add(new FieldProblem(row.header("address"), "is required", ""));
        } else if (address.length() > 300) {
          problems.add(
              new FieldProblem(row.header("address"), "is longer than 300 characters", ""));
        } else if (at.missing()) {
          problems.add(new FieldProblem(row.header("lon"), "give both longitude and latitude", ""));
        }
        if (!problems.isEmpty()) {
          job.problems().reject(row.line(), problems, row.raw());
        } else {
          stage.row(row, AddressBook.key(address), address.strip(), at.lon(), at.lat());
        }
        if (read % 10_000 == 0) {
          job.progress("reading", 0.9 * rows.fraction(), read);
        }
      }
      stage.finish();
      job.progress("checking", 0.9, read);
      stage.rejectRepeats("address_key", "address", "address");
      job.progress("saving", 0.95, read);
      return stage.merge(
          """
          update address_point a set address = s.address, lon = s.lon, lat = s.lat
            from stage_address s, (select ?::bigint as site) p
           where a.site_id = p.site and a.address_key = s.address_key
             and (a.address, a.lon, a.lat) is distinct from (s.address, s.lon, s.lat)
          """,
          """
          insert into address_point (site_id, address_key, address, lon, lat)
          select p.site, address_key, address, lon, lat
            from stage_address s, (select ?::bigint as site) p
           where not exists (select 1 from address_point a
                              where a.site_id = p.site and a.address_key = s.address_key)
          """,
          read,
          job.siteId());
    }
  }
}
