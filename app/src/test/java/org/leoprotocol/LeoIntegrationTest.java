package org.leoprotocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * One Spring context for every integration, scenario and browser test: a real server on a random port, a
 * throw-away embedded PostgreSQL, a {@link MutableClock}, an SMTP server ({@link TestMailServer}) and a known
 * administrator password. Keep every integration test on exactly this annotation so the context is built once per
 * run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"leo.database.embedded.ephemeral=true",
		"leo.database.embedded.directory=${java.io.tmpdir}/leo-test-${random.uuid}",
		"leo.database.embedded.server-directory=${java.io.tmpdir}/../postgres-server",
		"leo.evidence.directory=${java.io.tmpdir}/leo-evidence-${random.uuid}",
		"leo.evidence.key-file=${java.io.tmpdir}/leo-keys-${random.uuid}/ledger.key",
		"leo.conflicts.alternate.COMMAND=" + LeoIntegrationTest.DEPUTY_CHIEF,
		"LEO_ADMIN_PASSWORD=" + LeoIntegrationTest.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@Import({ LeoIntegrationTest.TestClock.class, TestMailServer.class, CsrfTokensAsConfigured.class })
public @interface LeoIntegrationTest {

	String ADMIN_PASSWORD = "test-admin-password-only-in-tests";
	/** Command's designated alternate when a member of command is recused for a conflict of interest. */
	String DEPUTY_CHIEF = "deputy.chief";

	@TestConfiguration(proxyBeanMethods = false)
	class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now());
		}
	}
}
