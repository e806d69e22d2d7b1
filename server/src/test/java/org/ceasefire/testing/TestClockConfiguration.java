package org.ceasefire.testing;

import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts {@link TestClock} in place of the application's clock, and resets it after each test. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

  @Bean
  @Primary
  Clock testClock() {
    return TestClock.INSTANCE;
  }

  /** Resets the clock after every test of a {@link CeasefireTest} class. */
  public static final class Reset implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
      TestClock.INSTANCE.reset();
    }
  }
}
