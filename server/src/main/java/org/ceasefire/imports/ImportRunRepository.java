package org.ceasefire.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for import records and their problems. */
@Repository
class ImportRunRepository {

  private static final String SELECT =
      """
      select r.*, u.display_name as started_by_name
        from import_run r join app_user u on u.site_id = r.site_id and u.id = r.started_by
      """;

  private final JdbcClient jdbc;

  ImportRunRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long create(
      long siteId,
      String kind,
      String compartment,
      String fileName,
      String sha256,
      long bytes,
      @Nullable String mappingName,
      @Nullable String sourceSystem,
      ImportMode mode,
      long userId) {
    return jdbc.sql(
            """
            insert into import_run (site_id, kind, compartment, file_name, file_sha256,
                                    file_bytes, mapping_name, source_system, mode, status,
                                    started_by)
            values (:site, :kind, :compartment, :file, :sha, :bytes, :mapping, :system, :mode,
                    'queued', :user)
            returning id
            """)
        .param("site", siteId)
        .param("kind", kind)
        .param("compartment", compartment)
        .param("file", fileName)
        .param("sha", sha256)
        .param("bytes", bytes)
        .param("mapping", mappingName)
        .param("system", sourceSystem)
        .param("mode", mode.code())
        .param("user", userId)
        .query(Long.class)
        .single();
  }

  void started(long siteId, long id) {
    jdbc.sql(
            "update import_run set status = 'running', started_at = now()"
                + " where site_id = :site and id = :id and status = 'queued'")
        .param("site", siteId)
        .param("id", id)
        .update();
  }

  void finish(
      long siteId,
      long id,
      String status,
      ImportCounts counts,
      long rejected,
      long warnings,
      @Nullable String message,
      @Nullable String header) {
    jdbc.sql(
            """
            update import_run set status = :status, rows_read = :read, inserted = :inserted,
                   updated = :updated, unchanged = :unchanged, rejected = :rejected,
                   warnings = :warnings, message = :message, file_header = :header,
                   finished_at = now()
             where site_id = :site and id = :id
            """)
        .param("site", siteId)
        .param("id", id)
        .param("status", status)
        .param("read", counts.read())
        .param("inserted", counts.inserted())
        .param("updated", counts.updated())
        .param("unchanged", counts.unchanged())
        .param("rejected", rejected)
        .param("warnings", warnings)
        .param("message", message)
        .param("header", header)
        .update();
  }

  /** Imports a restart found unfinished: their transactions died with the server. */
  int interrupted() {
    return jdbc.sql(
            """
            update import_run set status = 'interrupted', finished_at = now(),
                   message = 'The server stopped during this import; none of it was kept.'
             where status in ('queued', 'running')
            """)
        .update();
  }

  Optional<ImportRun> find(long siteId, long id) {
    return jdbc.sql(SELECT + " where r.site_id = :site and r.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query(ImportRunRepository::run)
        .optional();
  }

  List<ImportRun> recent(long siteId, int limit) {
    return jdbc.sql(
            SELECT + " where r.site_id = :site order by r.started_at desc, r.id desc limit :n")
        .param("site", siteId)
        .param("n", limit)
        .query(ImportRunRepository::run)
        .list();
  }

  List<ImportRun.Problem> problems(long siteId, long id, int limit) {
    return jdbc.sql(
            """
            select line, severity, column_name, value, message from import_problem
             where site_id = :site and import_id = :id
             order by line, severity, column_name limit :n
            """)
        .param("site", siteId)
        .param("id", id)
        .param("n", limit)
        .query(
            (rs, n) ->
                new ImportRun.Problem(
                    rs.getLong("line"),
                    rs.getString("severity"),
                    rs.getString("column_name"),
                    rs.getString("value"),
                    rs.getString("message")))
        .list();
  }

  /** Each rejected row once, in file order, with its problems joined: the rejects file. */
  void eachRejectedRow(long siteId, long id, RejectedRow consumer) {
    jdbc.sql(
            """
            select line, max(raw) as raw,
                   string_agg(column_name || ': ' || message, '; ' order by column_name) as why
              from import_problem
             where site_id = :site and import_id = :id and severity = 'error'
             group by line order by line
            """)
        .param("site", siteId)
        .param("id", id)
        .query(
            (ResultSet rs) -> {
              consumer.accept(rs.getLong("line"), rs.getString("raw"), rs.getString("why"));
            });
  }

  /** A rejected row as the rejects file writes it. */
  interface RejectedRow {
    void accept(long line, @Nullable String raw, String why);
  }

  private static ImportRun run(ResultSet rs, int n) throws SQLException {
    return new ImportRun(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getString("compartment"),
        rs.getString("file_name"),
        rs.getString("file_sha256"),
        rs.getLong("file_bytes"),
        rs.getString("mapping_name"),
        rs.getString("source_system"),
        rs.getString("mode"),
        rs.getString("status"),
        rs.getLong("rows_read"),
        rs.getLong("inserted"),
        rs.getLong("updated"),
        rs.getLong("unchanged"),
        rs.getLong("rejected"),
        rs.getLong("warnings"),
        rs.getString("message"),
        rs.getLong("started_by"),
        rs.getString("started_by_name"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class),
        rs.getString("file_header"));
  }
}
