package org.ceasefire.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a backup: every application table from one snapshot (SERIALIZABLE READ ONLY DEFERRABLE, so
 * the copy waits for a moment no running transaction can make inconsistent, then never blocks a
 * writer), in foreign-key order, in the {@link BackupFormat}.
 */
final class BackupWriter {

  /** What a backup held: each table's rows and digest. */
  record Summary(List<TableSummary> tables, String sha256) {
    long rows() {
      return tables.stream().mapToLong(TableSummary::rows).sum();
    }
  }

  record TableSummary(String table, long rows, String digest) {
    String line() {
      return "summary " + table + " " + rows + " " + digest;
    }
  }

  private BackupWriter() {}

  static Summary write(Connection c, OutputStream file) throws SQLException, IOException {
    BackupFormat.prepareSession(c);
    RowSecurity.requireEveryRow(c);
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("set transaction isolation level serializable, read only, deferrable");
      Summary summary = copyAll(c, file);
      c.commit();
      return summary;
    } catch (SQLException | IOException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static Summary copyAll(Connection c, OutputStream file) throws SQLException, IOException {
    MessageDigest whole = sha256();
    GZIPOutputStream zip = new GZIPOutputStream(file, 1 << 16);
    DigestOutputStream out = new DigestOutputStream(zip, whole);
    line(out, BackupFormat.MAGIC);
    line(out, "created " + Instant.now());
    line(out, "server " + serverVersion(c));
    for (BackupFormat.Migration m : BackupFormat.migrations(c)) {
      line(out, m.line());
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    List<TableSummary> tables = new ArrayList<>();
    for (Schema.Table t : Schema.read(c).tables()) {
      line(out, "table " + t.name() + " " + String.join(",", t.columns()));
      RowsDigest digest = new RowsDigest();
      try (RowLines rows = new RowLines(out, digest)) {
        copy.copyOut(
            "copy (select " + t.columnList() + " from " + t.quoted() + ") to stdout", rows);
      }
      line(out, BackupFormat.END_OF_ROWS);
      tables.add(new TableSummary(t.name(), digest.rows(), digest.hex()));
    }
    for (TableSummary t : tables) {
      line(out, t.line());
    }
    out.flush();
    String sha = HexFormat.of().formatHex(whole.digest());
    zip.write(("end " + sha + "\n").getBytes(StandardCharsets.UTF_8));
    zip.finish();
    zip.flush();
    return new Summary(List.copyOf(tables), sha);
  }

  private static String serverVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery("show server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1);
    }
  }

  private static void line(OutputStream out, String text) throws IOException {
    out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Passes COPY's output on and digests each row as its line ends. */
  static final class RowLines extends OutputStream {
    private final OutputStream next;
    private final RowsDigest digest;
    private byte[] line = new byte[1024];
    private int length;

    RowLines(OutputStream next, RowsDigest digest) {
      this.next = next;
      this.digest = digest;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      next.write(b, off, len);
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          digest.add(line, 0, length);
          length = 0;
        } else {
          if (length == line.length) {
            line = java.util.Arrays.copyOf(line, line.length * 2);
          }
          line[length++] = b[i];
        }
      }
    }

    @Override
    public void close() throws IOException {
      if (length > 0) {
        throw new IOException("COPY output ended inside a row");
      }
    }
  }
}
