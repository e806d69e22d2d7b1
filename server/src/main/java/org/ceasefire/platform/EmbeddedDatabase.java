package org.ceasefire.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run from the binaries shipped as a Maven dependency, keeping its data in a
 * folder across restarts. One Ceasefire at a time may use a folder: a second one fails at start
 * with a message, never touching the files of the first.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "ceasefire";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final Path dataDir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(
      Path dataDir, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
    this.dataDir = dataDir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.postgres = postgres;
  }

  /** Starts (initialising the folder on first use) and makes sure the database exists. */
  public static EmbeddedDatabase start(DatabaseProperties properties) {
    Path dataDir = properties.dataDir().toAbsolutePath().normalize();
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir.getParent());
      Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        throw new DataFolderInUseException(dataDir);
      }
      stopOrphanedServer(dataDir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(properties.clean())
              .setPGStartupWait(Duration.ofSeconds(60))
              // the library's defaults trade durability for test speed; Ceasefire keeps real data
              .setServerConfig("fsync", onOff(properties.durable()))
              .setServerConfig("synchronous_commit", onOff(properties.durable()))
              .setServerConfig("full_page_writes", onOff(properties.durable()))
              .setServerConfig("max_connections", "200")
              .setServerConfig("shared_buffers", "256MB")
              // imports stage rows in temporary tables: give them room (the default, 8 MB, makes
              // a large staging table spill page by page)
              .setServerConfig("temp_buffers", "256MB")
              .setServerConfig("max_wal_size", "2GB");
      if (properties.port() > 0) {
        builder.setPort(properties.port());
      }
      EmbeddedPostgres postgres = builder.start();
      createDatabaseIfAbsent(postgres);
      log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
      return new EmbeddedDatabase(dataDir, channel, lock, postgres);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new IllegalStateException(
          "Cannot start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /**
   * A Ceasefire killed with SIGKILL leaves its PostgreSQL running. We hold the folder's lock, so no
   * other Ceasefire owns that server: ask it to shut down fast (SIGINT), then start afresh.
   */
  private static void stopOrphanedServer(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    Optional<ProcessHandle> server =
        lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
    if (server.isEmpty() || !server.get().isAlive()) {
      return; // PostgreSQL itself recovers from a stale postmaster.pid
    }
    if (!isPostgres(server.get())) {
      // the pid was reused by an unrelated process after a crash: never signal it
      log.warn(
          "postmaster.pid in {} names pid {}, which is not PostgreSQL",
          dataDir,
          server.get().pid());
      return;
    }
    log.warn("Stopping a PostgreSQL left running on {} (pid {})", dataDir, server.get().pid());
    try {
      new ProcessBuilder("kill", "-INT", Long.toString(server.get().pid())).start().waitFor();
      server.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException("a PostgreSQL left running on this folder would not stop", e);
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process
        .info()
        .command()
        .map(c -> Path.of(c).getFileName().toString().equals("postgres"))
        .orElse(true); // the command is unknown when not ours to inspect: as before, assume it is
  }

  private static Optional<Long> parsePid(String text) {
    try {
      return Optional.of(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void createDatabaseIfAbsent(EmbeddedPostgres postgres) throws IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
      check.setString(1, DATABASE);
      if (!check.executeQuery().next()) {
        try (var create = c.createStatement()) {
          create.execute("create database " + DATABASE);
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot create database " + DATABASE, e);
    }
  }

  public String jdbcUrl() {
    return jdbcUrl("postgres");
  }

  /** The URL for connecting as {@code user} (local connections need no password). */
  public String jdbcUrl(String user) {
    return postgres.getJdbcUrl(user, DATABASE);
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() throws IOException {
    try {
      postgres.close();
    } finally {
      lock.release();
      lockChannel.close();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }
}
