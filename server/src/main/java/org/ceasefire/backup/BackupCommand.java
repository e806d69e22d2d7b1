package org.ceasefire.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditEntry;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.platform.EmbeddedDatabase;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code ./ceasefire backup FILE} and {@code ./ceasefire restore FILE [--replace]}: the whole
 * database in one file and back, as the schema owner (row-level security would hide rows from the
 * application's own role). Exit code 0 when done, 1 when refused (a damaged file, a non-empty
 * target, another schema), 2 on a usage error.
 */
public final class BackupCommand {

  private BackupCommand() {}

  public static int backup(
      ApplicationContext context, String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1 || args[0].startsWith("-")) {
      err.println("usage: ceasefire backup FILE");
      return 2;
    }
    Path file = Path.of(args[0]).toAbsolutePath();
    if (Files.exists(file)) {
      err.println("ceasefire backup: " + file + " exists; choose a new name (e.g. with the date)");
      return 2;
    }
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (Connection c = ownerConnection(context)) {
      BackupWriter.Summary summary;
      try (OutputStream o = Files.newOutputStream(partial)) {
        summary = BackupWriter.write(c, o);
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      context
          .getBean(AuditTrail.class)
          .write(operator(AuditAction.EXPORT, "backup to " + file.getFileName(), summary));
      out.printf(
          Locale.ROOT,
          "Backed up %d tables, %,d rows, to %s (%,d bytes, SHA-256 of the content %s).%n",
          summary.tables().size(),
          summary.rows(),
          file,
          Files.size(file),
          summary.sha256());
      return 0;
    } catch (SQLException | IOException | RuntimeException e) {
      deleteQuietly(partial);
      err.println("ceasefire backup: failed, no backup written: " + e.getMessage());
      return 1;
    }
  }

  public static int restore(
      ApplicationContext context, String[] args, PrintStream out, PrintStream err) {
    List<String> list = List.of(args);
    boolean replace = list.contains("--replace");
    List<String> files = list.stream().filter(a -> !a.equals("--replace")).toList();
    if (files.size() != 1 || files.get(0).startsWith("-")) {
      err.println("usage: ceasefire restore FILE [--replace]");
      return 2;
    }
    Path file = Path.of(files.get(0)).toAbsolutePath();
    if (!Files.isReadable(file)) {
      err.println("ceasefire restore: cannot read " + file);
      return 2;
    }
    String name = file.getFileName().toString();
    try (Connection c = ownerConnection(context);
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      BackupWriter.Summary summary =
          new BackupReader(c, name)
              .restore(
                  in,
                  replace,
                  s ->
                      operator(
                          AuditAction.IMPORT,
                          (replace ? "restore (replacing all data) from " : "restore from ") + name,
                          s));
      out.printf(
          Locale.ROOT,
          "Restored %d tables, %,d rows, from %s; every table's row count and digest verified.%n",
          summary.tables().size(),
          summary.rows(),
          file);
      return 0;
    } catch (BackupFileException e) {
      err.println(
          "ceasefire restore: the backup is damaged, nothing was restored: " + e.getMessage());
      return 1;
    } catch (SQLException | IOException | RuntimeException e) {
      err.println("ceasefire restore: refused, nothing was restored: " + e.getMessage());
      return 1;
    }
  }

  private static AuditEntry operator(AuditAction action, String what, BackupWriter.Summary s) {
    return new AuditEntry(
        null,
        null,
        "operator " + System.getProperty("user.name", "?"),
        null,
        null,
        action,
        "database",
        null,
        null,
        null,
        "ok",
        String.format(
            Locale.ROOT,
            "%s: %d tables, %d rows, content SHA-256 %s",
            what,
            s.tables().size(),
            s.rows(),
            s.sha256()));
  }

  /**
   * As the schema owner: the embedded database's superuser, or the owner named for Flyway on an
   * external PostgreSQL ({@code CEASEFIRE_DB_OWNER}, else {@code CEASEFIRE_DB_USER}).
   */
  static Connection ownerConnection(ApplicationContext context) throws SQLException {
    var embedded = context.getBeanProvider(EmbeddedDatabase.class).getIfAvailable();
    if (embedded != null) {
      return DriverManager.getConnection(embedded.jdbcUrl());
    }
    Environment env = context.getEnvironment();
    return DriverManager.getConnection(
        env.getRequiredProperty("spring.flyway.url"),
        env.getProperty("spring.flyway.user"),
        env.getProperty("spring.flyway.password"));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // nothing else to clean up
    }
  }
}
