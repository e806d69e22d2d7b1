package org.ceasefire.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real embedded PostgreSQL and a real port, shared by every test class
 * that uses this annotation (one Spring context, one database per test run). Tests keep apart by
 * creating their own site with {@link TestSites}. The application's clock is {@link TestClock}:
 * move it with {@code TestClock.INSTANCE.advance(...)}; it is reset after every test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ExtendWith(TestClockConfiguration.Reset.class)
public @interface CeasefireTest {}
