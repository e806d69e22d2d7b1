package org.ceasefire.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The requests of the load test and the values they draw on. {@link #prepare} learns from the data
 * through the API, as a user would meet it: incidents of random days over the five years, their
 * participants (person ids and surnames to search for), their places (to record new incidents at)
 * and street names (to search incidents by), and schedules one shooting review per city for the
 * agenda requests.
 */
final class Scenario {

  static final Set<String> REQUESTS =
      Set.of(
          "home",
          "people-search",
          "people-list",
          "person-page",
          "incident-search",
          "incident-list",
          "incident-page",
          "incident-api",
          "incident-create",
          "agenda",
          "agenda-api");

  static final String DEFAULT_MIX =
      "people-search:15,incident-search:10,incident-list:10,people-list:5,person-page:20,"
          + "incident-page:20,incident-api:5,incident-create:5,agenda:5,agenda-api:3,home:2";

  /**
   * One request to send on a session: a GET, or a form POST when {@code form} is given; and what
   * counts as a right answer to it.
   */
  record Request(
      String name,
      LoadSession session,
      String path,
      @Nullable String form,
      Predicate<Wire.Answer> ok) {}

  /** Where an incident can be recorded: a city and a point in it. */
  record Place(long jurisdictionId, double lon, double lat) {}

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern ADDRESS = Pattern.compile("\"address\":\"\\d+ block ([A-Za-z]+)");
  private static final Pattern PERSON =
      Pattern.compile("\"personId\":(\\d+),\"name\":\"[^\"]*? ([A-Za-z'-]+)\"");
  private static final Pattern PLACE =
      Pattern.compile(
          "\"lon\":(-?[0-9.]+),\"lat\":(-?[0-9.]+),.*?\"jurisdictionId\":(\\d+)", Pattern.DOTALL);
  private static final Pattern REVIEW = Pattern.compile("href=\"/reviews/(\\d+)\"");
  private static final Pattern CREATED = Pattern.compile(".*/incidents/\\d+$");

  private final List<LoadSession> readers;
  private final List<LoadSession> writers;
  final List<Long> incidents = new ArrayList<>();
  final List<Long> people = new ArrayList<>();
  final List<String> surnames = new ArrayList<>();
  final List<String> streets = new ArrayList<>();
  final List<Place> places = new ArrayList<>();
  final List<Long> reviews = new ArrayList<>();
  private long created;

  Scenario(List<LoadSession> readers, List<LoadSession> writers) {
    this.readers = readers;
    this.writers = writers;
  }

  void prepare(Random random, int days) throws IOException, InterruptedException {
    LoadSession s = writers.get(0);
    LocalDate today = LocalDate.now();
    Set<Long> incidentIds = new LinkedHashSet<>();
    Set<String> streetNames = new LinkedHashSet<>();
    for (int k = 0; k < days; k++) {
      LocalDate day = today.minusDays(1 + random.nextInt(5 * 365 - 5));
      String body =
          ok(s.get("/api/incidents?size=50&from=" + day + "&to=" + day.plusDays(2)), "search");
      ID.matcher(body).results().forEach(m -> incidentIds.add(Long.parseLong(m.group(1))));
      ADDRESS.matcher(body).results().forEach(m -> streetNames.add(m.group(1)));
    }
    incidents.addAll(incidentIds);
    streets.addAll(streetNames);
    Set<Long> personIds = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Set<Long> cities = new LinkedHashSet<>();
    for (int k = 0; k < Math.min(300, incidents.size()); k++) {
      String body = ok(s.get("/api/incidents/" + incidents.get(k)), "incident");
      Matcher place = PLACE.matcher(body);
      if (place.find()) {
        long city = Long.parseLong(place.group(3));
        places.add(
            new Place(
                city, Double.parseDouble(place.group(1)), Double.parseDouble(place.group(2))));
        cities.add(city);
      }
      PERSON
          .matcher(body)
          .results()
          .forEach(
              m -> {
                personIds.add(Long.parseLong(m.group(1)));
                names.add(m.group(2).toLowerCase(Locale.ROOT));
              });
    }
    people.addAll(personIds);
    surnames.addAll(names);
    for (long city : cities.stream().limit(4).toList()) {
      HttpResponse<String> r =
          s.post(
              "/reviews",
              Map.of(
                  "jurisdictionId",
                  Long.toString(city),
                  "meetsOn",
                  today.plusDays(1).toString(),
                  "_csrf",
                  s.csrf()));
      String location = r.headers().firstValue("Location").orElse("");
      if (r.statusCode() == 302 && location.matches(".*/reviews/\\d+$")) {
        reviews.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
      } else if (r.statusCode() != 422) { // 422: that city meets that day already (listed below)
        throw new IOException("scheduling a review answered " + r.statusCode() + " " + location);
      }
    }
    Matcher listed = REVIEW.matcher(ok(s.get("/reviews"), "reviews"));
    while (listed.find() && reviews.size() < 8) {
      long id = Long.parseLong(listed.group(1));
      if (!reviews.contains(id)) {
        reviews.add(id);
      }
    }
    if (incidents.isEmpty()
        || people.isEmpty()
        || places.isEmpty()
        || streets.isEmpty()
        || reviews.isEmpty()) {
      throw new IOException(
          "the data gave too little to draw on: "
              + incidents.size()
              + " incidents, "
              + people.size()
              + " people, "
              + streets.size()
              + " streets");
    }
  }

  Request build(String name, Random random) {
    LoadSession reader = pick(readers, random);
    return switch (name) {
      case "home" -> get(name, reader, "/");
      case "people-search" -> get(name, reader, "/people?q=" + pick(surnames, random));
      case "people-list" -> get(name, reader, "/people?page=" + random.nextInt(3));
      case "person-page" -> get(name, reader, "/people/" + pick(people, random));
      case "incident-search" -> get(name, reader, "/incidents?q=" + pick(streets, random));
      case "incident-list" ->
          get(
              name,
              reader,
              random.nextBoolean()
                  ? "/incidents?page=" + random.nextInt(3)
                  : "/incidents?type=non_fatal_shooting&jurisdiction="
                      + pick(places, random).jurisdictionId());
      case "incident-page" -> get(name, reader, "/incidents/" + pick(incidents, random));
      case "incident-api" -> get(name, reader, "/api/incidents/" + pick(incidents, random));
      case "agenda" -> get(name, reader, "/reviews/" + pick(reviews, random));
      case "agenda-api" -> get(name, reader, "/api/reviews/" + pick(reviews, random) + "/agenda");
      case "incident-create" -> create(random);
      default -> throw new IllegalArgumentException("no request named " + name);
    };
  }

  private Request create(Random random) {
    LoadSession writer = pick(writers, random);
    Place place = pick(places, random);
    LocalDateTime at =
        // the form takes the site's local time: a day back at least, so that no time zone of a
        // site puts it in the future (which the form rightly refuses)
        LocalDateTime.now()
            .minusMinutes(60 * 26 + random.nextInt(60 * 24 * 6))
            .truncatedTo(ChronoUnit.MINUTES);
    created++;
    String form =
        LoadSession.formBody(
            Map.of(
                "type", random.nextInt(3) == 0 ? "non_fatal_shooting" : "shots_fired",
                "occurredAt", at.toString(),
                "reportNumber", "LOAD-" + System.currentTimeMillis() + "-" + created,
                "jurisdictionId", Long.toString(place.jurisdictionId()),
                "lat", Double.toString(place.lat() + (random.nextDouble() - 0.5) * 0.002),
                "lon", Double.toString(place.lon() + (random.nextDouble() - 0.5) * 0.002),
                "narrative", "Synthetic incident recorded by the load test.",
                "_csrf", writer.csrf()));
    return new Request(
        "incident-create",
        writer,
        "/incidents",
        form,
        r -> r.status() == 302 && r.location() != null && CREATED.matcher(r.location()).matches());
  }

  private static Request get(String name, LoadSession session, String path) {
    return new Request(name, session, path, null, r -> r.status() == 200);
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String ok(HttpResponse<String> r, String what) throws IOException {
    if (r.statusCode() != 200) {
      throw new IOException(what + " " + r.uri() + " answered " + r.statusCode());
    }
    return r.body();
  }
}
