package org.ceasefire.backup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A table's content digest that does not depend on row order: the sum, modulo 2<sup>256</sup>, of
 * the SHA-256 of each row as COPY's text format writes it. A restored table read back in whatever
 * order the database returns it gives the same digest exactly when it holds the same rows.
 */
final class RowsDigest {

  private final MessageDigest sha;
  private final byte[] sum = new byte[32];
  private long rows;

  RowsDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One row: its bytes without the line end. */
  void add(byte[] row, int offset, int length) {
    sha.update(row, offset, length);
    byte[] h = sha.digest();
    int carry = 0;
    for (int i = 31; i >= 0; i--) {
      int v = (sum[i] & 0xff) + (h[i] & 0xff) + carry;
      sum[i] = (byte) v;
      carry = v >>> 8;
    }
    rows++;
  }

  long rows() {
    return rows;
  }

  String hex() {
    return HexFormat.of().formatHex(sum);
  }
}
