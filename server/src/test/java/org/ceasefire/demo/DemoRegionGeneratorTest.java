package org.ceasefire.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator is deterministic and gives analysts real structure to find. Pure: no database. */
class DemoRegionGeneratorTest {

  static final LocalDate END = LocalDate.of(2026, 6, 30);
  static DemoTile tile;

  @BeforeAll
  static void generate() {
    tile = new DemoRegionGenerator(DemoParameters.of(42, 1, END)).tile(0);
  }

  @Test
  void sameSeedGivesTheSameRegion() {
    DemoTile again = new DemoRegionGenerator(DemoParameters.of(42, 1, END)).tile(0);
    assertThat(again).isEqualTo(tile);
  }

  @Test
  void anotherSeedGivesAnotherRegion() {
    DemoTile other = new DemoRegionGenerator(DemoParameters.of(43, 1, END)).tile(0);
    assertThat(other.people()).isNotEqualTo(tile.people());
    assertThat(other.incidents().size()).isNotEqualTo(tile.incidents().size());
  }

  @Test
  void modelsTheNineConnecticutCitiesWithAboutSixtyGroupsAndThreeThousandPeople() {
    assertThat(tile.jurisdictions())
        .extracting(DemoJurisdiction::name)
        .contains(
            "Bridgeport",
            "New Haven",
            "Hartford",
            "Waterbury",
            "New London",
            "Norwich",
            "Stamford",
            "Norwalk",
            "New Britain");
    assertThat(tile.groups()).hasSizeBetween(50, 70);
    assertThat(tile.people()).hasSizeBetween(2_800, 3_300);
    assertThat(tile.relationships()).anyMatch(DemoRelationship::conflict);
    assertThat(tile.relationships()).anyMatch(r -> !r.conflict());
    for (DemoIncident incident : tile.incidents()) {
      DemoArea area = tile.areas().get(incident.areaId() - 1);
      assertThat(area.contains(incident.lon(), incident.lat())).isTrue();
      assertThat(area.jurisdictionId()).isEqualTo(incident.jurisdictionId());
    }
  }

  @Test
  void fiveYearsHoldRealisticCountsOfEachType() {
    Map<String, Long> byType = countBy(tile.incidents(), DemoIncident::type);
    System.out.println("incidents by type: " + byType + " total " + tile.incidents().size());
    assertThat(byType.get("homicide") / 5.0).isBetween(60.0, 120.0);
    assertThat(byType.get("non_fatal_shooting") / 5.0).isBetween(200.0, 600.0);
    assertThat(tile.incidents().size()).isBetween(20_000, 60_000);
    assertThat(tile.incidents())
        .allMatch(
            i ->
                !i.occurredAt()
                    .isAfter(
                        END.plusDays(1).atStartOfDay(DemoParameters.CONNECTICUT_TIME).toInstant()));
  }

  @Test
  void topFivePercentOfBeatsHoldALargeShareOfShootings() {
    Map<Integer, Long> perArea = countBy(shootings(), DemoIncident::areaId);
    int top = (int) Math.ceil(tile.areas().size() * 0.05);
    long inTop =
        perArea.values().stream()
            .sorted(Comparator.reverseOrder())
            .limit(top)
            .mapToLong(Long::longValue)
            .sum();
    double share = (double) inTop / shootings().size();
    System.out.printf(
        "top %d of %d beats hold %.2f of shootings%n", top, tile.areas().size(), share);
    assertThat(share).isGreaterThan(0.25);
  }

  @Test
  void groupMembersAreOverRepresentedAmongShootingVictimsAndSuspects() {
    Set<Integer> members =
        tile.memberships().stream().map(DemoMembership::personId).collect(Collectors.toSet());
    double memberShare = (double) members.size() / tile.people().size();
    List<DemoParticipant> involved =
        shootings().stream()
            .flatMap(i -> i.participants().stream())
            .filter(p -> p.role().equals("victim") || p.role().equals("suspect"))
            .toList();
    double involvedShare =
        (double) involved.stream().filter(p -> members.contains(p.personId())).count()
            / involved.size();
    System.out.printf(
        "members %.2f of people, %.2f of shooting victims/suspects%n", memberShare, involvedShare);
    assertThat(involvedShare).isGreaterThan(3 * memberShare);
  }

  @Test
  void shootingsOfRivalsFollowAShootingWithinFourteenDaysMoreOftenThanChance() {
    RetaliationCheck check = new RetaliationCheck(tile);
    double after = check.rivalShootingRate(0);
    double control = check.rivalShootingRate(365);
    System.out.printf(
        "rival shooting within 14 days: %.3f after a shooting, %.3f a year later%n",
        after, control);
    assertThat(after).isGreaterThan(1.5 * control);
  }

  @Test
  void shootingsRepeatNearEachOtherSoonAfterMoreThanChance() {
    double ratio = NearRepeatCheck.knoxRatio(shootings(), 400, 14);
    System.out.printf("Knox ratio for shootings within 400 m and 14 days: %.2f%n", ratio);
    assertThat(ratio).isGreaterThan(1.3);
  }

  @Test
  void mostMembershipEntriesAreWithinTheirReviewDateAndSomeArePast() {
    long past = tile.memberships().stream().filter(m -> m.reviewDate().isBefore(END)).count();
    double share = (double) past / tile.memberships().size();
    assertThat(share).isBetween(0.03, 0.25);
  }

  @Test
  void groupShootingsFallInProgramCitiesAgainstComparisonCitiesAfterTheProgramStarts() {
    LocalDate start = DemoParameters.of(42, 1, END).programStart();
    Set<Integer> programCities =
        tile.jurisdictions().stream()
            .filter(j -> Set.of("Hartford", "Bridgeport", "New Haven").contains(j.name()))
            .map(DemoJurisdiction::id)
            .collect(Collectors.toSet());
    double[] counts = new double[4];
    for (DemoIncident i : shootings()) {
      boolean after =
          !i.occurredAt().atZone(DemoParameters.CONNECTICUT_TIME).toLocalDate().isBefore(start);
      counts[(programCities.contains(i.jurisdictionId()) ? 0 : 2) + (after ? 1 : 0)]++;
    }
    double ratio = (counts[1] / counts[0]) / (counts[3] / counts[2]);
    System.out.printf(
        "program cities' after/before shootings relative to comparison: %.2f%n", ratio);
    assertThat(ratio).isBetween(0.5, 0.9);
  }

  @Test
  void refusesAScaleBelowOne() {
    assertThatThrownBy(() -> DemoParameters.of(1, 0, END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
  }

  @Test
  void tilesBeyondTheFirstAreShiftedCopiesWithTheirOwnNames() {
    DemoRegionGenerator two = new DemoRegionGenerator(DemoParameters.of(42, 2, END));
    DemoTile second = two.tile(1);
    assertThat(two.tile(0)).isEqualTo(tile);
    assertThat(second.jurisdictions()).extracting(DemoJurisdiction::name).contains("Hartford 2");
    assertThat(second.people().get(0).stateId()).isNotEqualTo(tile.people().get(0).stateId());
  }

  private static List<DemoIncident> shootings() {
    return tile.incidents().stream().filter(DemoIncident::shooting).toList();
  }

  private static <T, K> Map<K, Long> countBy(List<T> items, Function<T, K> key) {
    return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
