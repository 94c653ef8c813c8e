package org.leoprotocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.leoprotocol.access.sso.TestIdentityProvider;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * One Spring context for every integration, scenario and browser test: a real server on a random port, a throw-away
 * embedded PostgreSQL, a {@link MutableClock}, an SMTP server ({@link TestMailServer}), a known administrator password,
 * HTTP Basic turned on (off by default in production; most API tests use it) and the second factor not required
 * (SecondFactorBrowserTests requires it). Keep every integration test on exactly this annotation so the context is
 * built once per run.
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
		"LEO_ADMIN_PASSWORD=" + LeoIntegrationTest.ADMIN_PASSWORD,
		// the suite's accounts sign in with a password alone; SecondFactorBrowserTests switches the requirement on
		"leo.access.second-factor.required=false",
		"leo.security.http-basic=true",
		"server.tomcat.remoteip.internal-proxies=" + LeoIntegrationTest.TRUSTED_PROXY_PATTERN })
@AutoConfigureMockMvc
@Import({ LeoIntegrationTest.TestClock.class, TestMailServer.class, CsrfTokensAsConfigured.class,
		TestIdentityProvider.Settings.class })
public @interface LeoIntegrationTest {

	String ADMIN_PASSWORD = "test-admin-password-only-in-tests";
	/** The one address whose X-Forwarded-* headers the test server believes: a loopback address tests bind to. */
	String TRUSTED_PROXY = "127.0.0.2";
	String TRUSTED_PROXY_PATTERN = "127[.]0[.]0[.]2";
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
