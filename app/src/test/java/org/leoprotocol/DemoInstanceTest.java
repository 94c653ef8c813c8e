package org.leoprotocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The second and last Spring context of the suite: Leo as {@code ./leo start} runs it, with the demo department and the
 * demo stories loaded at start, on its own throw-away database. Tests of what a demo instance shows the public
 * (nobody's protected identity anywhere) share it; everything else uses {@link LeoIntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"leo.demo.enabled=true",
		"LEO_DEMO_PASSWORD=" + DemoInstanceTest.DEMO_PASSWORD,
		"leo.database.embedded.ephemeral=true",
		"leo.database.embedded.directory=${java.io.tmpdir}/leo-demo-test-${random.uuid}",
		"leo.database.embedded.server-directory=${java.io.tmpdir}/../postgres-server",
		"leo.evidence.directory=${java.io.tmpdir}/leo-demo-evidence-${random.uuid}",
		"leo.evidence.key-file=${java.io.tmpdir}/leo-demo-keys-${random.uuid}/ledger.key",
		// as ./leo start does: the demo's API clients may sign in with HTTP Basic
		"leo.security.http-basic=true",
		"LEO_ADMIN_PASSWORD=" + LeoIntegrationTest.ADMIN_PASSWORD })
@AutoConfigureMockMvc
public @interface DemoInstanceTest {

	String DEMO_PASSWORD = "demo-password-only-in-tests";
}
