package org.ceasefire.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file being imported: where it is, the name its owner gave it, and the mapping to read it
 * with. Counts the bytes read so progress can be shown.
 */
public final class ImportFile {

  private final Path path;
  private final String name;
  private final long size;
  private final ColumnMapping mapping;
  private volatile long read;

  ImportFile(Path path, String name, ColumnMapping mapping) {
    this.path = path;
    this.name = name;
    this.mapping = mapping;
    try {
      this.size = Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  public String name() {
    return name;
  }

  public ColumnMapping mapping() {
    return mapping;
  }

  long size() {
    return size;
  }

  /** Opens the file; reads through the stream count towards {@link #fractionRead}. */
  public InputStream open() {
    try {
      return new FilterInputStream(Files.newInputStream(path)) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            read++;
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            read += n;
          }
          return n;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + name, e);
    }
  }

  double fractionRead() {
    return size == 0 ? 1 : Math.min(1, (double) read / size);
  }

  /** Reads the file as CSV rows with the importer's columns. */
  public CsvRows rows(java.util.List<ImportColumn> columns, ImportProblems problems) {
    return new CsvRows(this, columns, problems);
  }
}
