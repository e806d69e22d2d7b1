package org.ceasefire.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;

/**
 * A printable report as PDF (A4 portrait, Helvetica): a title, headings, wrapped paragraphs, tables
 * that continue on the next page, charts, and "page i of n" with the title in every footer. Add
 * parts in reading order, then call {@link #toBytes()}. Text outside the fonts' character set
 * (WinAnsi) is printed as '?'.
 */
public final class PdfReport implements AutoCloseable {

  private static final float MARGIN = 50;
  private static final float BODY = 10;
  private static final PDRectangle SIZE = PDRectangle.A4;

  private final PDDocument doc = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final String title;
  private PDPageContentStream out;
  private float y;

  public PdfReport(String title, String subtitle) {
    this.title = title;
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    doc.setDocumentInformation(info);
    newPage();
    text(title, bold, 18, MARGIN, y - 18);
    y -= 30;
    paragraph(subtitle);
    y -= 6;
  }

  public PdfReport heading(String text) {
    return heading(text, 0);
  }

  /** A heading kept on one page with the {@code following} points of what comes after it. */
  public PdfReport heading(String text, float following) {
    room(40 + following);
    y -= 8;
    text(text, bold, 13, MARGIN, y - 13);
    y -= 20;
    return this;
  }

  public PdfReport paragraph(String text) {
    for (String line : wrap(text, regular, BODY, width())) {
      room(BODY + 4);
      text(line, regular, BODY, MARGIN, y - BODY);
      y -= BODY + 4;
    }
    y -= 4;
    return this;
  }

  /**
   * A table: the first column takes the text's room, the others share the rest equally and are
   * right-aligned (figures). The header repeats on every page the table runs over.
   */
  public PdfReport table(List<String> header, List<List<String>> rows) {
    int cols = header.size();
    float first = Math.min(width() * 0.45f, Math.max(width() / cols, widest(header, rows)));
    float other = cols == 1 ? 0 : (width() - first) / (cols - 1);
    float row = BODY + 6;
    room(row * 2);
    tableRow(header, bold, first, other);
    for (List<String> r : rows) {
      if (y - row < MARGIN + 20) {
        newPage();
        tableRow(header, bold, first, other);
      }
      tableRow(r, regular, first, other);
    }
    y -= 8;
    return this;
  }

  /** A chart drawn at {@code width} × {@code height} points (rendered at twice that for print). */
  public PdfReport chart(JFreeChart chart, int width, int height) {
    return image(chart.createBufferedImage(width * 2, height * 2), width, height);
  }

  public PdfReport image(BufferedImage image, float width, float height) {
    room(height + 8);
    try {
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      out.drawImage(x, MARGIN, y - height, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height + 10;
    return this;
  }

  /** The document with page numbers in the footers. Closes the report. */
  public byte[] toBytes() {
    try (this) {
      out.close();
      int n = doc.getNumberOfPages();
      for (int i = 0; i < n; i++) {
        try (PDPageContentStream footer =
            new PDPageContentStream(
                doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
          out = footer;
          text(title, regular, 8, MARGIN, MARGIN / 2);
          String page = "Page " + (i + 1) + " of " + n;
          text(page, regular, 8, SIZE.getWidth() - MARGIN - width(page, regular, 8), MARGIN / 2);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void tableRow(List<String> cells, PDType1Font font, float first, float other) {
    float x = MARGIN;
    for (int c = 0; c < cells.size(); c++) {
      float w = c == 0 ? first : other;
      String cell = fit(cells.get(c), font, BODY, w - 4);
      float at = c == 0 ? x : x + w - width(cell, font, BODY);
      text(cell, font, BODY, at, y - BODY);
      x += w;
    }
    y -= BODY + 6;
  }

  private float widest(List<String> header, List<List<String>> rows) {
    float w = width(header.get(0), bold, BODY);
    for (List<String> r : rows) {
      w = Math.max(w, width(r.get(0), regular, BODY));
    }
    return w + 10;
  }

  private void room(float needed) {
    if (y - needed < MARGIN + 20) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(SIZE);
      doc.addPage(page);
      out = new PDPageContentStream(doc, page);
      y = SIZE.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(String s, PDType1Font font, float size, float x, float baseline) {
    try {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, baseline);
      out.showText(printable(s, font));
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float width() {
    return SIZE.getWidth() - 2 * MARGIN;
  }

  private static float width(String s, PDType1Font font, float size) {
    try {
      return font.getStringWidth(printable(s, font)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every character the font cannot print replaced by '?'. */
  static String printable(String s, PDType1Font font) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              String ch = c == '\t' || c == '\n' ? " " : new String(Character.toChars(c));
              b.append(
                  font.getEncoding().contains(font.getGlyphList().codePointToName(c))
                          || ch.equals(" ")
                      ? ch
                      : "?");
            });
    return b.toString();
  }

  private static String fit(String s, PDType1Font font, float size, float max) {
    String t = s;
    while (t.length() > 1 && width(t, font, size) > max) {
      t = t.substring(0, t.length() - 2) + ".";
    }
    return t;
  }

  private static List<String> wrap(String text, PDType1Font font, float size, float max) {
    List<String> lines = new ArrayList<>();
    for (String para : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : para.split(" +")) {
        String next = line.length() == 0 ? word : line + " " + word;
        if (width(next, font, size) > max && line.length() > 0) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(next);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
