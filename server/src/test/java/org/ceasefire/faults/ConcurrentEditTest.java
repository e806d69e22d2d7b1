package org.ceasefire.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.people.PersonInput;
import org.ceasefire.people.PersonTestData;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sixteen threads edit one person at once, each with the version it last read: every write either
 * applies or is refused as stale, none is lost silently. The final version counts exactly the
 * applied writes, and the history holds exactly those changes, each once.
 */
@CeasefireTest
class ConcurrentEditTest {

  static final int THREADS = 16;
  static final int EDITS = 12;

  @Autowired People people;
  @Autowired Sites sites;

  @Test
  void everyConcurrentEditAppliesOrIsRefusedAsStaleAndNoneIsLost() throws Exception {
    TestSites.TestSite site = TestSites.create(sites);
    CeasefireUser investigator = site.user(Role.INVESTIGATOR);
    Person person =
        people.create(investigator, PersonTestData.aPerson().named("Dee", "Contended").input());
    ConcurrentLinkedQueue<String> applied = new ConcurrentLinkedQueue<>();
    AtomicInteger stale = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                go.await();
                for (int i = 0; i < EDITS; i++) {
                  Person read = people.get(site.id(), person.id());
                  String middle = "t" + thread + "e" + i;
                  try {
                    people.update(investigator, person.id(), edit(read, middle));
                    applied.add(middle);
                  } catch (StaleRecordException e) {
                    stale.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    go.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
    for (Future<?> f : done) {
      f.get(); // any other exception fails the test here
    }
    assertThat(applied.size() + stale.get()).isEqualTo(THREADS * EDITS);
    assertThat(applied).as("some edits apply").isNotEmpty();
    assertThat(stale.get()).as("with this contention some are refused").isPositive();

    Person last = people.get(site.id(), person.id());
    assertThat(last.version()).isEqualTo(person.version() + applied.size());
    List<RecordHistory.Change> updates =
        people.history(site.id(), person.id()).stream()
            .filter(c -> c.action().equals("update"))
            .toList();
    assertThat(updates).hasSize(applied.size());
    List<Object> newMiddleNames =
        updates.stream().map(c -> c.fields().get("middleName").get(1)).toList();
    assertThat(newMiddleNames).containsExactlyInAnyOrderElementsOf(applied);
    assertThat(last.middleName()).isIn(applied);
  }

  private static PersonInput edit(Person p, String middle) {
    return new PersonInput(
        p.firstName(),
        middle,
        p.lastName(),
        p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
        p.sex(),
        p.raceEthnicity(),
        p.stateId(),
        p.supervisionStatus(),
        p.supervisionUntil() == null ? null : p.supervisionUntil().toString(),
        p.aliases(),
        p.version());
  }
}
