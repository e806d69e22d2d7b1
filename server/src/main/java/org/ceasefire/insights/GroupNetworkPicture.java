package org.ceasefire.insights;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conflict and alliance network drawn for print: groups on a circle (in the order given), sized
 * by current members, conflicts as solid red lines and alliances as dashed green ones.
 */
final class GroupNetworkPicture {

  static final Color CONFLICT = new Color(0xb2, 0x18, 0x2b);
  static final Color ALLIANCE = new Color(0x1b, 0x78, 0x37);

  private GroupNetworkPicture() {}

  static BufferedImage draw(GroupNetwork network, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      List<GroupNetwork.Node> nodes = network.nodes();
      double cx = width / 2.0;
      double cy = height / 2.0;
      double radius = Math.min(width, height) * 0.36;
      Map<Long, double[]> at = new HashMap<>();
      for (int i = 0; i < nodes.size(); i++) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, nodes.size());
        at.put(
            nodes.get(i).id(),
            new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
      }
      float scale = width / 600f;
      for (GroupNetwork.Link link : network.links()) {
        double[] a = at.get(link.source());
        double[] b = at.get(link.target());
        if (a == null || b == null) {
          continue;
        }
        boolean conflict = link.kind().equals("conflict");
        g.setColor(conflict ? CONFLICT : ALLIANCE);
        g.setStroke(
            conflict
                ? new BasicStroke(2.5f * scale)
                : new BasicStroke(
                    2f * scale,
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER,
                    10,
                    new float[] {8 * scale, 6 * scale},
                    0));
        g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(12 * scale)));
      for (GroupNetwork.Node node : nodes) {
        double[] p = at.get(node.id());
        double r = (6 + 2.5 * Math.sqrt(node.members())) * scale;
        g.setColor(node.status().equals("active") ? new Color(0x4a, 0x5a, 0x78) : Color.GRAY);
        g.fill(new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
        g.setColor(Color.BLACK);
        String label = node.name() + " (" + node.members() + ")";
        int w = g.getFontMetrics().stringWidth(label);
        g.drawString(label, (float) (p[0] - w / 2.0), (float) (p[1] + r + 14 * scale));
      }
    } finally {
      g.dispose();
    }
    return image;
  }
}
