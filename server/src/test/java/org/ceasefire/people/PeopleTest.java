package org.ceasefire.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ceasefire.people.PersonTestData.aPerson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.platform.PageOf;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CeasefireTest
class PeopleTest {

  @Autowired People people;
  @Autowired Sites sites;
  TestSites.TestSite site;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
  }

  @Test
  void createsAPersonWithAliasesAndFindsThemByAlias() {
    Person p =
        people.create(
            site.user(Role.ANALYST), aPerson().named("Andre", "Mills").alias("Dre", "AM").input());
    assertThat(p.aliases()).containsExactly("AM", "Dre");
    assertThat(people.search(site.id(), "dre", null, 0, 10).items())
        .extracting(PersonSummary::id)
        .containsExactly(p.id());
    assertThat(people.search(site.id(), "nobody-like-this", null, 0, 10).total()).isZero();
  }

  @Test
  void aSearchFindsByNameAliasOrStateIdOnceEachInNameOrderWithItsCountAndFilter() {
    var analyst = site.user(Role.ANALYST);
    long bob = people.create(analyst, aPerson().named("Bob", "Barford").input()).id();
    long ann =
        people.create(analyst, aPerson().named("Ann", "Barford").alias("Barfy").input()).id();
    long carl = people.create(analyst, aPerson().named("Carl", "Smith").alias("Barf").input()).id();
    long dana =
        people.create(analyst, aPerson().named("Dana", "Young").withStateId("barf").input()).id();
    people.create(analyst, aPerson().named("Eve", "Stone").input());

    PageOf<PersonSummary> all = people.search(site.id(), "barf", null, 0, 10);
    assertThat(all.items()).extracting(PersonSummary::id).containsExactly(ann, bob, carl, dana);
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.items().get(0).aliases()).isEqualTo("Barfy");

    PageOf<PersonSummary> second = people.search(site.id(), "barf", null, 1, 3);
    assertThat(second.items()).extracting(PersonSummary::id).containsExactly(dana);
    assertThat(second.total()).isEqualTo(4);
    assertThat(people.search(site.id(), "barf", null, 5, 3).total()).isEqualTo(4);

    assertThat(people.search(site.id(), "barf", "none", 0, 10).total()).isEqualTo(4);
    assertThat(people.search(site.id(), "barf", "parole", 0, 10).items()).isEmpty();
    assertThat(people.search(site.id(), "BarFORD", null, 0, 10).items())
        .extracting(PersonSummary::id)
        .containsExactly(ann, bob);
  }

  private record Named(
      String first, String last, @Nullable String alias, @Nullable String stateId) {
    boolean foundBy(String text) {
      StringBuilder regex = new StringBuilder(".*");
      for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
        regex.append(c == '_' ? "." : Pattern.quote(String.valueOf(c)));
      }
      Pattern like = Pattern.compile(regex.append(".*").toString(), Pattern.DOTALL);
      return like.matcher((first + " " + last).toLowerCase(Locale.ROOT)).matches()
          || (alias != null && like.matcher(alias.toLowerCase(Locale.ROOT)).matches())
          || text.equals(stateId);
    }
  }

  /**
   * V121 finds a text without spaces or wildcards by the first and last names that hold it, and any
   * other text by the whole name. Every text here must find exactly the people whose "first last"
   * or alias holds it as SQL's LIKE '%text%' would, or whose state id it is: before and after a
   * rename.
   */
  @Test
  void aSearchFindsWhatTheWholeNameHoldsWhetherTheTextLiesInOneNameOrAcrossThem() {
    var analyst = site.user(Role.ANALYST);
    Map<Long, Named> created = new LinkedHashMap<>();
    for (Named n :
        List.of(
            new Named("Rosa", "De la Cruz", null, null),
            new Named("Cruz", "Rosales", null, null),
            new Named("Ana", "Cruzado", "Big A", null),
            new Named("Marisa", "Lacruz", null, "CR-7"),
            new Named("Ros", "Alba", "Rosa A", null),
            new Named("Ada", "Stone", null, null),
            new Named("Alba", "Ros", null, null))) {
      PersonTestData data = aPerson().named(n.first(), n.last());
      if (n.alias() != null) {
        data = data.alias(n.alias());
      }
      if (n.stateId() != null) {
        data = data.withStateId(n.stateId());
      }
      created.put(people.create(analyst, data.input()).id(), n);
    }
    for (String text :
        List.of(
            "cruz",
            "CRUZ",
            "ros",
            "rosa",
            "a d",
            "a c",
            "la c",
            "de la",
            "a",
            "s",
            "ba r",
            "r_s",
            "c_uz",
            "z r",
            "sa",
            "alba ros",
            "CR-7",
            "cr-7",
            "big",
            "nobody",
            "a%",
            "cru")) {
      List<Long> expected =
          created.entrySet().stream()
              .filter(e -> e.getValue().foundBy(text))
              .map(Map.Entry::getKey)
              .toList();
      assertThat(people.search(site.id(), text, null, 0, 50).items())
          .as("search for '%s'", text)
          .extracting(PersonSummary::id)
          .containsExactlyInAnyOrderElementsOf(expected);
    }

    long adaId =
        created.entrySet().stream()
            .filter(e -> e.getValue().first().equals("Ada"))
            .findFirst()
            .orElseThrow()
            .getKey();
    Person ada = people.get(site.id(), adaId);
    PersonInput was = PersonInput.of(ada);
    people.update(
        analyst,
        adaId,
        new PersonInput(
            "Adalberta",
            null,
            "Quillfeather",
            was.dateOfBirth(),
            was.sex(),
            was.raceEthnicity(),
            null,
            "none",
            null,
            was.aliases(),
            ada.version()));
    for (String text : List.of("quill", "dalber")) {
      assertThat(people.search(site.id(), text, null, 0, 50).items())
          .extracting(PersonSummary::id)
          .containsExactly(adaId);
    }
    assertThat(people.search(site.id(), "stone", null, 0, 50).items()).isEmpty();
  }

  @Test
  void keepsSitesApart() {
    Person p = people.create(site.user(Role.ANALYST), aPerson().named("Only", "Here").input());
    TestSites.TestSite other = TestSites.create(sites);
    assertThat(people.search(other.id(), "Only", null, 0, 10).total()).isZero();
    assertThat(people.exists(other.id(), p.id())).isFalse();
  }

  @Test
  void refusesInvalidInputNamingEveryFieldAndSavesNothing() {
    PersonInput bad =
        new PersonInput(
            "", null, "Smith", "2999-01-01", "robot", null, null, null, null, null, null);
    assertThatThrownBy(() -> people.create(site.user(Role.ANALYST), bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.FieldProblem::field)
                    .containsExactlyInAnyOrder("firstName", "dateOfBirth", "sex"));
    assertThat(people.count(site.id())).isZero();
  }

  @Test
  void refusesAStaleEditAndKeepsTheOtherWrite() {
    Person p = people.create(site.user(Role.ANALYST), aPerson().named("Lee", "Stone").input());
    PersonInput first = PersonInput.of(p);
    PersonInput renamed =
        new PersonInput(
            "Leon",
            null,
            "Stone",
            first.dateOfBirth(),
            first.sex(),
            first.raceEthnicity(),
            null,
            "none",
            null,
            first.aliases(),
            p.version());
    people.update(site.user(Role.INVESTIGATOR), p.id(), renamed);
    PersonInput staleEdit =
        new PersonInput(
            "Lenny",
            null,
            "Stone",
            first.dateOfBirth(),
            first.sex(),
            first.raceEthnicity(),
            null,
            "none",
            null,
            first.aliases(),
            p.version());
    assertThatThrownBy(() -> people.update(site.user(Role.ANALYST), p.id(), staleEdit))
        .isInstanceOf(StaleRecordException.class);
    assertThat(people.get(site.id(), p.id()).firstName()).isEqualTo("Leon");
  }

  @Test
  void keepsHistoryOfEveryChangeWithWhoAndOldAndNewValues() {
    Person p = people.create(site.user(Role.ANALYST), aPerson().named("Kim", "Ray").input());
    PersonInput edit = PersonInput.of(p);
    people.update(
        site.user(Role.SUPERVISION),
        p.id(),
        new PersonInput(
            edit.firstName(),
            null,
            edit.lastName(),
            edit.dateOfBirth(),
            edit.sex(),
            edit.raceEthnicity(),
            null,
            "parole",
            "2027-01-31",
            edit.aliases(),
            p.version()));
    var history = people.history(site.id(), p.id());
    assertThat(history).hasSize(2);
    assertThat(history.get(0).action()).isEqualTo("update");
    assertThat(history.get(0).fields()).containsOnlyKeys("supervisionStatus", "supervisionUntil");
    assertThat(history.get(0).fields().get("supervisionStatus")).containsExactly("none", "parole");
  }

  @Test
  void onlySupervisionOfficersMayChangeSupervisionStatus() {
    Person p = people.create(site.user(Role.ANALYST), aPerson().named("Jo", "Park").input());
    PersonInput edit = PersonInput.of(p);
    PersonInput toProbation =
        new PersonInput(
            edit.firstName(),
            null,
            edit.lastName(),
            edit.dateOfBirth(),
            edit.sex(),
            edit.raceEthnicity(),
            null,
            "probation",
            null,
            edit.aliases(),
            p.version());
    assertThatThrownBy(() -> people.update(site.user(Role.INVESTIGATOR), p.id(), toProbation))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("supervisionStatus");
    assertThat(people.get(site.id(), p.id()).supervisionStatus()).isEqualTo("none");
  }
}
