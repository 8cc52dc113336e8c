package org.crossforce.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that drives the running application through Debian's Chromium, as a person would. The application listens
 * on a random port with the same test profiles as an {@link IntegrationTest}; test methods take a {@link Browser}
 * parameter, which opens pages, runs axe-core and takes screenshots.
 * <p>
 * Browser tests are tagged {@code browser}, not {@code database}: they check pages, not SQL, so the build runs them
 * once, on H2. Chromium starts once per test class ({@link Chromium}); each test gets a fresh browser context. A test
 * that waits on a page for over two minutes has hung, and fails rather than holding up the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(Chromium.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
public @interface BrowserTest {
}
