package org.ceasefire.incidents;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.ceasefire.places.AreaIndex;
import org.ceasefire.places.AreasChanged;
import org.ceasefire.places.Places;
import org.ceasefire.platform.CopyStream;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * When a city's area boundaries change, every located incident of that city is assigned to its area
 * again by point-in-polygon, in the same transaction as the change. Incidents whose area does not
 * change are not touched.
 */
@Component
class AreaAssignment {

  private final Places places;
  private final JdbcClient jdbc;
  private final DataSource dataSource;

  AreaAssignment(Places places, JdbcClient jdbc, DataSource dataSource) {
    this.places = places;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  @EventListener
  void reassign(AreasChanged changed) {
    AreaIndex index = places.areaIndex(changed.siteId());
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      try (Statement s = connection.createStatement()) {
        s.execute("drop table if exists stage_incident_area");
        s.execute(
            "create temp table stage_incident_area (id bigint, area_id bigint) on commit drop");
      }
      // read first, then copy: a connection cannot run a query while a COPY is open on it
      java.util.List<long[]> assigned = new java.util.ArrayList<>();
      jdbc.sql(
              """
              select id, jurisdiction_id, lon, lat from incident
               where site_id = :site and jurisdiction_id = any(:cities) and lon is not null
              """)
          .param("site", changed.siteId())
          .param("cities", changed.jurisdictionIds().toArray(Long[]::new))
          .query(
              (java.sql.ResultSet rs) -> {
                long area =
                    index.locate(rs.getLong(2), rs.getDouble(3), rs.getDouble(4)).orElse(-1L);
                assigned.add(new long[] {rs.getLong(1), area});
              });
      try (CopyStream copy = new CopyStream(connection, "stage_incident_area", "id, area_id")) {
        for (long[] a : assigned) {
          copy.row(a[0], a[1] < 0 ? null : a[1]);
        }
        copy.finish();
      }
      jdbc.sql(
              """
              update incident i set area_id = s.area_id, version = i.version + 1,
                     updated_at = now()
                from stage_incident_area s
               where i.site_id = :site and i.id = s.id and i.area_id is distinct from s.area_id
              """)
          .param("site", changed.siteId())
          .update();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot assign incidents to the new areas", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
