package org.ceasefire.analytics.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.analytics.cli.InputException;
import org.jspecify.annotations.Nullable;

/**
 * Splits RFC 4180 CSV into records, counting lines so errors can name them. Streams: one record in
 * memory at a time. Also used by the server's imports.
 */
public final class CsvLexer {

  private final String name;
  private final BufferedReader in;
  private long line = 1;
  private boolean bomChecked;

  public CsvLexer(String name, BufferedReader in) {
    this.name = name;
    this.in = in;
  }

  /** The line the next record starts on. */
  public long line() {
    return line;
  }

  /** The next record, or null at the end of input. */
  public @Nullable List<String> next() throws IOException {
    String text = in.readLine();
    if (text == null) {
      return null;
    }
    if (!bomChecked) {
      bomChecked = true;
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
    }
    long start = line;
    line++;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (true) {
      if (i >= text.length()) {
        if (!quoted) {
          break;
        }
        String more = in.readLine();
        if (more == null) {
          throw new InputException(name + ":" + start + ": unterminated quoted field");
        }
        line++;
        field.append('\n');
        text = more;
        i = 0;
        continue;
      }
      char c = text.charAt(i++);
      if (quoted) {
        if (c == '"') {
          if (i < text.length() && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
