package org.ceasefire.demo;

import java.util.List;

/**
 * Names for synthetic people, streets and groups. First names come from a list of common given
 * names; surnames, streets and group names are assembled from syllables, so no generated person is
 * drawn from any real record.
 */
final class SyntheticNames {

  private static final List<String> MALE =
      List.of(
          "James",
          "Michael",
          "Anthony",
          "Jose",
          "Luis",
          "David",
          "Marcus",
          "Andre",
          "Kevin",
          "Carlos",
          "Jamal",
          "Tyrone",
          "Darnell",
          "Miguel",
          "Angel",
          "Brandon",
          "Justin",
          "Isaiah",
          "Elijah",
          "Xavier",
          "Malik",
          "Devon",
          "Jordan",
          "Christian",
          "Juan",
          "Victor",
          "Terrell",
          "Omar",
          "Rashad",
          "Derek",
          "Ryan",
          "Kyle",
          "Eric",
          "Josue",
          "Javier",
          "Damien");
  private static final List<String> FEMALE =
      List.of(
          "Maria",
          "Ashley",
          "Jasmine",
          "Destiny",
          "Tiana",
          "Keisha",
          "Carmen",
          "Brianna",
          "Sofia",
          "Gabriela",
          "Alicia",
          "Monique",
          "Nicole",
          "Shanice",
          "Yesenia",
          "Amber",
          "Crystal",
          "Danielle",
          "Erica",
          "Imani");
  private static final List<String> ONSETS =
      List.of(
          "Bar", "Cal", "Dor", "Fen", "Gar", "Hol", "Jen", "Kel", "Lor", "Mar", "Nor", "Pel",
          "Quin", "Ros", "Sal", "Tor", "Val", "Wes", "Ash", "Bel", "Cor", "Dal", "Ever", "Har",
          "Lan", "Mor", "Oak", "Ran", "Stan", "Wil");
  private static final List<String> CODAS =
      List.of(
          "by", "den", "dell", "ford", "ley", "lin", "more", "ton", "well", "wick", "son", "ero",
          "ada", "ez", "ino", "ette", "ard", "stead", "ham", "ridge");
  private static final List<String> STREET_KINDS = List.of("St", "Ave", "Rd", "Blvd", "Ter", "Pl");
  private static final List<String> GROUP_KINDS =
      List.of(
          "Boys", "Crew", "Gang", "Squad", "Mob", "Bloc", "Family", "Team", "Gz", "Clique",
          "Dynasty", "Set");
  private static final List<String> ALIASES =
      List.of(
          "Lil", "Big", "Young", "Slim", "Tiny", "Boogie", "Flaco", "Chino", "Smoke", "Ace", "Blue",
          "Red", "Dre", "Pooh", "Munch", "Scrap", "Peanut", "Bam", "Buddy", "Shorty");

  private SyntheticNames() {}

  static String firstName(Sampling s, String sex) {
    return s.pick(sex.equals("female") ? FEMALE : MALE);
  }

  static String surname(Sampling s) {
    return s.pick(ONSETS) + s.pick(CODAS);
  }

  static String street(Sampling s) {
    return s.pick(ONSETS) + s.pick(CODAS) + " " + s.pick(STREET_KINDS);
  }

  static String group(Sampling s) {
    return s.pick(ONSETS) + s.pick(CODAS) + " " + s.pick(GROUP_KINDS);
  }

  /** A street name such as "Lil Corby" or "Smoke". */
  static String alias(Sampling s) {
    String head = s.pick(ALIASES);
    return s.chance(0.5) ? head : head + " " + s.pick(ONSETS) + s.pick(CODAS).charAt(0);
  }
}
