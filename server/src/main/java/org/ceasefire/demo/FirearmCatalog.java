package org.ceasefire.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Firearms recovered in seizures: common makes and models with a weight each, synthetic serial
 * numbers, some obliterated, and privately made ("ghost") guns without serials.
 */
final class FirearmCatalog {

  private record Model(String kind, String make, String model, String calibre, double weight) {}

  private static final List<Model> MODELS =
      List.of(
          new Model("pistol", "Glock", "19", "9mm", 14),
          new Model("pistol", "Glock", "17", "9mm", 8),
          new Model("pistol", "Glock", "22", ".40 S&W", 5),
          new Model("pistol", "Smith & Wesson", "M&P9 Shield", "9mm", 8),
          new Model("pistol", "Taurus", "G2C", "9mm", 9),
          new Model("pistol", "SCCY", "CPX-2", "9mm", 5),
          new Model("pistol", "Hi-Point", "C9", "9mm", 5),
          new Model("pistol", "Ruger", "LCP", ".380 ACP", 5),
          new Model("pistol", "Sig Sauer", "P365", "9mm", 5),
          new Model("pistol", "Springfield Armory", "XD", ".45 ACP", 3),
          new Model("revolver", "Smith & Wesson", "Model 10", ".38 Special", 3),
          new Model("revolver", "Ruger", "SP101", ".357 Magnum", 2),
          new Model("shotgun", "Mossberg", "500", "12 gauge", 2),
          new Model("rifle", "Anderson Manufacturing", "AM-15", "5.56mm", 2),
          new Model("privately_made", "Polymer80", "PF940C", "9mm", 8));

  private FirearmCatalog() {}

  static List<DemoFirearm> seized(Sampling s) {
    int count = s.chance(0.8) ? 1 : s.chance(0.75) ? 2 : 3;
    double[] weights = MODELS.stream().mapToDouble(Model::weight).toArray();
    List<DemoFirearm> guns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Model m = MODELS.get(s.weighted(weights));
      String serial =
          m.kind().equals("privately_made") || s.chance(0.08)
              ? null
              : String.format(
                  Locale.ROOT,
                  "%c%c%c%05d",
                  (char) ('A' + s.between(0, 25)),
                  (char) ('A' + s.between(0, 25)),
                  (char) ('A' + s.between(0, 25)),
                  s.between(0, 99_999));
      guns.add(new DemoFirearm(m.kind(), m.make(), m.model(), m.calibre(), serial));
    }
    return guns;
  }
}
