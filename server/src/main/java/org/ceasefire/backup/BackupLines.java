package org.ceasefire.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a backup file line by line as bytes (rows go to COPY unchanged), counting lines and
 * digesting every byte before the end line. Damage the compression detects (a flipped bit fails
 * gzip's CRC, a cut file ends early) becomes a {@link BackupFileException} naming the line.
 */
final class BackupLines {

  private final InputStream in;
  private final String file;
  private final MessageDigest whole = BackupWriter.sha256();
  private byte[] line = new byte[1024];
  private int length;
  private long number;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;

  BackupLines(InputStream in, String file) {
    this.in = in;
    this.file = file;
  }

  /** The next line without its end, or null at the end of the file. */
  byte @Nullable [] next() throws BackupFileException {
    length = 0;
    try {
      int b;
      while ((b = read()) >= 0) {
        if (b == '\n') {
          number++;
          return Arrays.copyOf(line, length);
        }
        if (length == line.length) {
          line = Arrays.copyOf(line, line.length * 2);
        }
        line[length++] = (byte) b;
      }
    } catch (EOFException e) {
      throw damaged("the file is truncated (it ends inside the compressed data)", e);
    } catch (ZipException e) {
      throw damaged("the compressed data is corrupt (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw damaged("cannot read it (" + e.getMessage() + ")", e);
    }
    if (length > 0) {
      throw damaged("the file is truncated (its last line is incomplete)", null);
    }
    return null;
  }

  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++] & 0xff;
  }

  /** Counts a line read with {@link #next} into the whole-file digest. */
  void digest(byte[] bytes) {
    whole.update(bytes);
    whole.update((byte) '\n');
  }

  String wholeDigest() {
    return java.util.HexFormat.of().formatHex(whole.digest());
  }

  String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  long lineNumber() {
    return number;
  }

  BackupFileException damaged(String what, @Nullable Throwable cause) {
    String message = file + " line " + (number + 1) + ": " + what;
    return cause == null
        ? new BackupFileException(message)
        : new BackupFileException(message, cause);
  }
}
