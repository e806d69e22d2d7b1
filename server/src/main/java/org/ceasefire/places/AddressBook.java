package org.ceasefire.places;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site's address table in memory, for geocoding many incidents by address. Addresses compare by
 * {@link #key}: upper case, punctuation dropped, spaces collapsed, so "12 Main St." finds "12 MAIN
 * ST".
 */
public final class AddressBook {

  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N} ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A point in WGS84. */
  public record LonLat(double lon, double lat) {}

  private final Map<String, LonLat> points;

  AddressBook(Map<String, LonLat> points) {
    this.points = points;
  }

  public Optional<LonLat> locate(String address) {
    return Optional.ofNullable(points.get(key(address)));
  }

  public int size() {
    return points.size();
  }

  public static String key(String address) {
    String upper = address.toUpperCase(Locale.ROOT);
    return SPACES.matcher(PUNCTUATION.matcher(upper).replaceAll(" ")).replaceAll(" ").strip();
  }
}
