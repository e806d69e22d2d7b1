package org.ceasefire.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: system time, moved forward by a test that needs to (a lock that
 * runs out, a review date that passes) and put back after every test by {@link CeasefireTest}'s
 * extension, so other tests in the shared context see real time again.
 */
public final class TestClock extends Clock {

  /** The one instance, shared by the Spring context and the test code. */
  public static final TestClock INSTANCE = new TestClock();

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  private TestClock() {}

  /** Moves time forward (or back, with a negative duration) for the rest of this test. */
  public void advance(Duration by) {
    offset.accumulateAndGet(by, Duration::plus);
  }

  public void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.systemDefault();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset.get());
  }
}
