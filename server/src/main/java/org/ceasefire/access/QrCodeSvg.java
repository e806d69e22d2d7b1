package org.ceasefire.access;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Draws a QR code as SVG on the server (Nayuki's QR Code generator, MIT licence), so the TOTP
 * secret never goes to a third-party service or into a script. Returned as a {@code data:} URI for
 * an {@code img}, which the content security policy allows.
 */
final class QrCodeSvg {

  private static final int BORDER = 4;

  static String dataUri(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + BORDER * 2;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
        }
      }
    }
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            + size
            + " "
            + size
            + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
            + " fill=\"#fff\"/><path d=\""
            + path
            + "\" fill=\"#000\"/></svg>";
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  private QrCodeSvg() {}
}
