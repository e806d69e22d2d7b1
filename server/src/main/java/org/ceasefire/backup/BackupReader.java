package org.ceasefire.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.ceasefire.audit.AuditEntry;
import org.ceasefire.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Restores a backup into a database migrated to the same schema, in one transaction: checks the
 * target is empty (or empties it when asked to replace), loads every table with COPY with its own
 * triggers off (the audit chain keeps its recorded hashes), sets each sequence past the highest id,
 * then verifies every table's row count and digest against the file and against what the database
 * now holds. Any mismatch, damage or error rolls everything back.
 */
final class BackupReader {

  private final Connection c;
  private final String fileName;

  BackupReader(Connection c, String fileName) {
    this.c = c;
    this.fileName = fileName;
  }

  BackupWriter.Summary restore(
      InputStream file,
      boolean replace,
      java.util.function.Function<BackupWriter.Summary, AuditEntry> audit)
      throws SQLException, IOException, BackupFileException {
    BackupFormat.prepareSession(c);
    c.setAutoCommit(false);
    try {
      Schema schema = Schema.read(c);
      lockAll(schema);
      prepareTarget(schema, replace);
      BackupWriter.Summary summary = load(schema, file);
      resetSequences(schema);
      enable(schema);
      verifyAgainstDatabase(schema, summary);
      AuditTrail.append(c, audit.apply(summary));
      c.commit();
      return summary;
    } catch (SQLException | IOException | BackupFileException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private void lockAll(Schema schema) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (Schema.Table t : schema.tables()) {
        s.execute("lock table " + t.quoted() + " in access exclusive mode");
      }
    }
  }

  private void prepareTarget(Schema schema, boolean replace) throws SQLException {
    List<String> filled = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      for (Schema.Table t : schema.tables()) {
        try (ResultSet rs = s.executeQuery("select exists (select from " + t.quoted() + ")")) {
          rs.next();
          if (rs.getBoolean(1)) {
            filled.add(t.name());
          }
        }
      }
      if (!filled.isEmpty() && !replace) {
        throw new TargetNotEmptyException(filled);
      }
      for (Schema.Table t : schema.tables()) {
        if (t.hasUserTriggers()) {
          s.execute("alter table " + t.quoted() + " disable trigger user");
        }
        if (t.rowSecurityForced()) {
          // COPY FROM is refused where row-level security applies; the owner lifts FORCE for
          // this transaction only
          s.execute("alter table " + t.quoted() + " no force row level security");
        }
      }
      if (!filled.isEmpty()) {
        s.execute(
            "truncate table "
                + String.join(", ", schema.tables().stream().map(Schema.Table::quoted).toList()));
      }
    }
  }

  private BackupWriter.Summary load(Schema schema, InputStream raw)
      throws SQLException, IOException, BackupFileException {
    GZIPInputStream zip;
    try {
      zip = new GZIPInputStream(raw, 1 << 16);
    } catch (ZipException | java.io.EOFException e) {
      throw new BackupFileException(fileName + ": not a Ceasefire backup (not gzip-compressed)");
    }
    BackupLines lines = new BackupLines(zip, fileName);
    header(lines);
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    Map<String, BackupWriter.TableSummary> loaded = new LinkedHashMap<>();
    byte[] line = expect(lines, "a table or the summary");
    while (lines.text(line).startsWith("table ")) {
      lines.digest(line);
      BackupWriter.TableSummary t = loadTable(schema, lines, lines.text(line), copy);
      if (loaded.put(t.table(), t) != null) {
        throw lines.damaged("table " + t.table() + " appears twice", null);
      }
      line = expect(lines, "a table or the summary");
    }
    List<BackupWriter.TableSummary> summary = new ArrayList<>();
    while (lines.text(line).startsWith("summary ")) {
      lines.digest(line);
      summary.add(checkSummary(lines, lines.text(line), loaded));
      line = expect(lines, "a summary or the end line");
    }
    String end = lines.text(line);
    String sha = lines.wholeDigest();
    if (!end.startsWith("end ")) {
      throw lines.damaged("expected the end line, found '" + shorten(end) + "'", null);
    }
    if (!end.equals("end " + sha)) {
      throw lines.damaged(
          "the file's content does not match its SHA-256 (recorded "
              + end.substring(4)
              + ", computed "
              + sha
              + ")",
          null);
    }
    if (lines.next() != null) {
      throw lines.damaged("data after the end line", null);
    }
    if (summary.size() != loaded.size()) {
      throw lines.damaged(
          "the summary lists " + summary.size() + " tables, the file holds " + loaded.size(), null);
    }
    List<String> missing =
        schema.tables().stream()
            .map(Schema.Table::name)
            .filter(n -> !loaded.containsKey(n))
            .toList();
    if (!missing.isEmpty()) {
      throw new BackupFileException(fileName + ": holds no rows section for tables " + missing);
    }
    return new BackupWriter.Summary(List.copyOf(summary), sha);
  }

  private void header(BackupLines lines) throws BackupFileException, SQLException {
    byte[] first = expect(lines, "the line '" + BackupFormat.MAGIC + "'");
    if (!lines.text(first).equals(BackupFormat.MAGIC)) {
      throw lines.damaged(
          "not a Ceasefire backup of a format this version reads (expected '"
              + BackupFormat.MAGIC
              + "', found '"
              + shorten(lines.text(first))
              + "')",
          null);
    }
    lines.digest(first);
    List<String> recorded = new ArrayList<>();
    byte[] line;
    while (true) {
      line = expect(lines, "the header");
      String text = lines.text(line);
      if (text.startsWith("created ") || text.startsWith("server ")) {
        lines.digest(line);
      } else if (text.startsWith("migration ")) {
        lines.digest(line);
        recorded.add(text);
      } else {
        break;
      }
    }
    List<String> here =
        BackupFormat.migrations(c).stream().map(BackupFormat.Migration::line).toList();
    if (!recorded.equals(here)) {
      throw new SchemaMismatchException(fileName, recorded, here);
    }
    pushBack = line;
  }

  private byte @Nullable [] pushBack;

  private byte[] expect(BackupLines lines, String what) throws BackupFileException {
    if (pushBack != null) {
      byte[] b = pushBack;
      pushBack = null;
      return b;
    }
    byte[] line = lines.next();
    if (line == null) {
      throw lines.damaged("the file is truncated (expected " + what + ")", null);
    }
    return line;
  }

  private BackupWriter.TableSummary loadTable(
      Schema schema, BackupLines lines, String header, CopyManager copy)
      throws SQLException, BackupFileException {
    String[] parts = header.split(" ", 3);
    Schema.Table table = parts.length == 3 ? schema.table(parts[1]) : null;
    if (table == null) {
      throw lines.damaged("unknown table in '" + shorten(header) + "'", null);
    }
    if (!String.join(",", table.columns()).equals(parts[2])) {
      throw lines.damaged(
          "table "
              + table.name()
              + " has columns "
              + parts[2]
              + " in the file but "
              + String.join(",", table.columns())
              + " here",
          null);
    }
    RowsDigest digest = new RowsDigest();
    long firstLine = lines.lineNumber() + 1;
    CopyIn in = copy.copyIn("copy " + table.quoted() + " (" + table.columnList() + ") from stdin");
    try {
      byte[] chunk = new byte[1 << 16];
      int filled = 0;
      byte[] row;
      while (true) {
        row = lines.next();
        if (row == null) {
          throw lines.damaged(
              "the file is truncated (inside the rows of table " + table.name() + ")", null);
        }
        lines.digest(row);
        if (row.length == 2 && row[0] == '\\' && row[1] == '.') {
          break;
        }
        digest.add(row, 0, row.length);
        if (filled + row.length + 1 > chunk.length) {
          in.writeToCopy(chunk, 0, filled);
          filled = 0;
          if (row.length + 1 > chunk.length) {
            chunk = new byte[row.length + 1];
          }
        }
        System.arraycopy(row, 0, chunk, filled, row.length);
        filled += row.length;
        chunk[filled++] = '\n';
      }
      if (filled > 0) {
        in.writeToCopy(chunk, 0, filled);
      }
      in.endCopy();
    } catch (SQLException e) {
      if (in.isActive()) {
        in.cancelCopy();
      }
      throw new BackupFileException(
          fileName
              + " lines "
              + firstLine
              + "-"
              + lines.lineNumber()
              + ": the rows of table "
              + table.name()
              + " do not load: "
              + e.getMessage(),
          e);
    } catch (BackupFileException | RuntimeException e) {
      if (in.isActive()) {
        in.cancelCopy();
      }
      throw e;
    }
    return new BackupWriter.TableSummary(table.name(), digest.rows(), digest.hex());
  }

  private BackupWriter.TableSummary checkSummary(
      BackupLines lines, String text, Map<String, BackupWriter.TableSummary> loaded)
      throws BackupFileException {
    String[] parts = text.split(" ");
    BackupWriter.TableSummary read = parts.length == 4 ? loaded.get(parts[1]) : null;
    if (read == null) {
      throw lines.damaged("a summary for no table in the file: '" + shorten(text) + "'", null);
    }
    if (!parts[2].equals(Long.toString(read.rows()))) {
      throw lines.damaged(
          "table "
              + read.table()
              + ": the summary says "
              + parts[2]
              + " rows, the file holds "
              + read.rows(),
          null);
    }
    if (!parts[3].equals(read.digest())) {
      throw lines.damaged(
          "table "
              + read.table()
              + ": its rows do not match the digest of the"
              + " summary (the rows were altered)",
          null);
    }
    return read;
  }

  private void resetSequences(Schema schema) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (Schema.Table t : schema.tables()) {
        for (Map.Entry<String, String> e : t.sequences().entrySet()) {
          String column = Schema.quote(e.getKey());
          s.execute(
              "select setval('"
                  + e.getValue().replace("'", "''")
                  + "', coalesce((select max("
                  + column
                  + ") from "
                  + t.quoted()
                  + "), 1), (select max("
                  + column
                  + ") from "
                  + t.quoted()
                  + ") is not null)");
        }
      }
    }
  }

  private void enable(Schema schema) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (Schema.Table t : schema.tables()) {
        if (t.hasUserTriggers()) {
          s.execute("alter table " + t.quoted() + " enable trigger user");
        }
        if (t.rowSecurityForced()) {
          s.execute("alter table " + t.quoted() + " force row level security");
        }
      }
    }
  }

  /** Reads every table back as the backup read it and compares counts and digests. */
  private void verifyAgainstDatabase(Schema schema, BackupWriter.Summary summary)
      throws SQLException, IOException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    for (BackupWriter.TableSummary expected : summary.tables()) {
      Schema.Table t = schema.table(expected.table());
      RowsDigest digest = new RowsDigest();
      try (BackupWriter.RowLines rows =
          new BackupWriter.RowLines(java.io.OutputStream.nullOutputStream(), digest)) {
        copy.copyOut(
            "copy (select " + t.columnList() + " from " + t.quoted() + ") to stdout", rows);
      }
      if (digest.rows() != expected.rows() || !digest.hex().equals(expected.digest())) {
        throw new IllegalStateException(
            "table "
                + t.name()
                + " reads back "
                + digest.rows()
                + " rows (digest "
                + digest.hex()
                + ") after loading "
                + expected.rows()
                + " (digest "
                + expected.digest()
                + "); nothing was restored");
      }
    }
  }

  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }

  /** The target holds data and replacing it was not asked for. */
  static final class TargetNotEmptyException extends IllegalStateException {
    TargetNotEmptyException(List<String> tables) {
      super(
          "the database is not empty (rows in "
              + (tables.size() > 6
                  ? tables.subList(0, 6) + " and " + (tables.size() - 6) + " more"
                  : tables)
              + "): restore into an empty database, or add --replace to replace everything in it");
    }
  }

  /** The backup was made on a schema with other migrations than this database has. */
  static final class SchemaMismatchException extends IllegalStateException {
    SchemaMismatchException(String file, List<String> recorded, List<String> here) {
      super(describe(file, recorded, here));
    }

    private static String describe(String file, List<String> recorded, List<String> here) {
      List<String> onlyFile = new ArrayList<>(recorded);
      onlyFile.removeAll(here);
      List<String> onlyHere = new ArrayList<>(here);
      onlyHere.removeAll(recorded);
      return file
          + " was made on a schema with other migrations than this database: only in the"
          + " backup "
          + onlyFile
          + ", only here "
          + onlyHere
          + ". Restore it with the Ceasefire"
          + " release that made it, then upgrade.";
    }
  }
}
