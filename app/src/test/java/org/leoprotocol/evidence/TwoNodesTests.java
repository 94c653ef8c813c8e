package org.leoprotocol.evidence;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.leoprotocol.LeoApplication;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.evidence.EvidenceIntake.UploadStatus;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.custody.LedgerKey;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.evidence.EvidenceFixtures.aVideo;
import static org.leoprotocol.evidence.EvidenceFixtures.sha256;

/**
 * Two identical Leo nodes in this JVM on one PostgreSQL (node A's embedded one; node B connects to it as an external
 * database) and one S3 server (S3Proxy, in process): an upload begun on one node is continued and completed on the
 * other, with each chunk sent to whichever node; both nodes hold the installation's one key and the ledger is signed
 * with it only; and the retention sweep, due every two seconds here, runs once for each due time although both nodes
 * poll for it, as do the reminder sweeps, whose runs never overlap. Node B reaches PostgreSQL through the real
 * pgbouncer in transaction mode (when the Debian package is installed) and does all of this through it. Its own
 * contexts, not the shared test context: this is the one test about several nodes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

	@RegisterExtension
	static final S3ProxyExtension S3 = S3ProxyExtension.builder().withCredentials("access", "secret")
		.withBlobStoreProvider("transient").build();

	static final String BUCKET = "evidence-two-nodes";
	static final int MIB = 1024 * 1024;

	static ConfigurableApplicationContext nodeA;
	static ConfigurableApplicationContext nodeB;
	static JdbcClient jdbc;
	static PgBouncerProcess pgBouncer;

	/** Started in the test, not before all: the S3Proxy extension starts its server before each test. */
	static void startTwoNodes() throws Exception {
		try (S3Client client = S3Client.builder().region(Region.US_EAST_1).endpointOverride(S3.getUri())
			.forcePathStyle(true)
			.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(S3.getAccessKey(), S3.getSecretKey())))
			.build()) {
			client.createBucket(create -> create.bucket(BUCKET));
		}
		Path dir = Files.createTempDirectory("leo-two-nodes");
		Path keyFile = dir.resolve("keys").resolve("ledger.key");
		nodeA = node(dir.resolve("a"), keyFile, "leo.database.embedded.ephemeral=true",
				"leo.database.embedded.directory=" + dir.resolve("db"),
				"leo.database.embedded.server-directory=" + System.getProperty("java.io.tmpdir")
						+ "/../postgres-server");
		Properties roles = new Properties();
		try (var in = Files.newBufferedReader(dir.resolve("db").resolve("database.credentials"))) {
			roles.load(in);
		}
		// the embedded server's URL names its user (?user=leo_app), which would override Flyway's owner on node B
		String url = ((HikariDataSource) nodeA.getBean(DataSource.class)).getJdbcUrl().replaceFirst("\\?.*$", "");
		// node B reaches PostgreSQL through PgBouncer in transaction mode when it is installed; Flyway goes direct
		String nodeBUrl = url;
		if (PgBouncerProcess.installed()) {
			pgBouncer = PgBouncerProcess.start(url, "leo_app", roles.getProperty("running"));
			nodeBUrl = pgBouncer.url();
		}
		nodeB = node(dir.resolve("b"), keyFile, "spring.datasource.url=" + nodeBUrl, "spring.flyway.url=" + url,
				"spring.datasource.username=leo_app",
				"spring.datasource.password=" + roles.getProperty("running"), "spring.flyway.user=leo_owner",
				"spring.flyway.password=" + roles.getProperty("owner"), "leo.database.running-role=leo_app");
		jdbc = nodeA.getBean(JdbcClient.class);
	}

	private static ConfigurableApplicationContext node(Path evidence, Path keyFile, String... more) {
		List<String> properties = new java.util.ArrayList<>(List.of("server.port=0", "logging.level.root=WARN",
				"LEO_ADMIN_PASSWORD=" + LeoIntegrationTest.ADMIN_PASSWORD, "leo.evidence.store=s3",
				"leo.evidence.s3.endpoint=" + S3.getUri(), "leo.evidence.s3.bucket=" + BUCKET,
				"leo.evidence.s3.access-key=" + S3.getAccessKey(), "leo.evidence.s3.secret-key=" + S3.getSecretKey(),
				"leo.evidence.directory=" + evidence, "leo.evidence.key-file=" + keyFile,
				"leo.evidence.head-interval=PT1S", "leo.deadlines.sweep-interval=PT1S",
				"leo.evidence.retention-sweep=*/2 * * * * *"));
		properties.addAll(Arrays.asList(more));
		// as command-line arguments, which come before application.properties (server.port=${PORT:8080})
		return new SpringApplicationBuilder(LeoApplication.class)
			.run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
	}

	@AfterAll
	static void stopBoth() throws InterruptedException {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
		if (pgBouncer != null) {
			pgBouncer.close();
		}
	}

	@Test
	@Order(1)
	void anUploadBegunOnOneNodeFinishesOnTheOtherSignedWithTheOneKeyAndSweptOnce() throws Exception {
		startTwoNodes();
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("officer.two-nodes", null, "ROLE_OFFICER"));
		EvidenceIntake a = nodeA.getBean(EvidenceIntake.class);
		EvidenceIntake b = nodeB.getBean(EvidenceIntake.class);
		byte[] video = aVideo(12 * MIB + 12_345, 19);
		Actor user = Actor.staff("officer.two-nodes", Role.OFFICER);
		Instant recorded = Instant.now().minus(Duration.ofDays(200));
		UploadStatus begun = a.begin(new NewUpload(EvidenceKind.CCTV_VIDEO, "lobby-shift.mp4", video.length,
				sha256(video),
				new Recording("cam-7", null, recorded, recorded.plusSeconds(3600), "lobby"), null, null),
				user);

		// 4 MiB is under S3's smallest part: it waits in the store as a tail, not on node A
		assertThat(a.receive(begun.id(), 0, slice(video, 0, 4 * MIB), user).receivedBytes()).isEqualTo(4 * MIB);
		assertThat(b.status(begun.id(), user).receivedBytes()).isEqualTo(4 * MIB);
		assertThat(b.receive(begun.id(), 4 * MIB, slice(video, 4 * MIB, 8 * MIB), user).receivedBytes())
			.isEqualTo(8 * MIB);
		assertThat(a.receive(begun.id(), 8 * MIB, slice(video, 8 * MIB, video.length), user).receivedBytes())
			.isEqualTo(video.length);
		EvidenceItem item = b.complete(begun.id(), user);

		assertThat(item.sha256()).isEqualTo(sha256(video));
		assertThat(jdbc.sql("select count(*) from evidence_upload_part where upload_id = :id").param("id", begun.id())
			.query(Long.class).single()).isEqualTo(2);
		assertThat(a.complete(begun.id(), user).id()).isEqualTo(item.id());
		try (InputStream in = nodeA.getBean(BlobStore.class).open(item.storageKey())) {
			assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(video));
		}

		LedgerKey keyA = nodeA.getBean(LedgerKey.class);
		LedgerKey keyB = nodeB.getBean(LedgerKey.class);
		assertThat(keyB.available()).isTrue();
		assertThat(keyB.id()).isEqualTo(keyA.id());
		long size = nodeB.getBean(CustodyLedger.class).size();
		await(() -> jdbc.sql("select coalesce(max(tree_size), 0) from custody_tree_head").query(Long.class)
			.single() >= size);
		assertThat(jdbc.sql("select distinct key_id from custody_tree_head").query(String.class).list())
			.containsExactly(keyA.id());
		assertThat(jdbc.sql("select key_id from custody_signing_key").query(String.class).list())
			.containsExactly(keyA.id());

		nodeB.getBean(EvidenceRetention.class).apply(item.id(), "NON_EVIDENTIARY", user);
		await(() -> nodeA.getBean(EvidenceItems.class).get(item.id()).state() == ItemState.DELETION_PENDING);
		long runs = jdbc.sql("select count(*) from cluster_job_run where job = 'evidence-retention-sweep'")
			.query(Long.class).single();
		await(() -> jdbc.sql(
				"select count(*) from cluster_job_run where job = 'evidence-retention-sweep' and finished_at is not null")
			.query(Long.class).single() >= runs + 3);
		List<Map<String, Object>> twice = jdbc.sql("select scheduled_for, count(*) from cluster_job_run"
				+ " where job = 'evidence-retention-sweep' group by scheduled_for having count(*) > 1")
			.query().listOfRows();
		assertThat(twice).isEmpty();
		assertThat(jdbc.sql("select count(*) from custody_event where evidence_id = :id and action = 'DELETED'")
			.param("id", item.id().value()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from cluster_task where task_name = 'evidence-retention-sweep'")
			.query(Long.class)
			.single()).isEqualTo(1);

		for (String sweep : List.of("investigation-reminders", "flag-follow-up-reminders")) {
			await(() -> finishedRuns(sweep) >= 3);
			assertThat(jdbc.sql("""
					select count(*) from cluster_job_run a join cluster_job_run b on a.job = b.job and a.id < b.id
					where a.job = :job and b.started_at < coalesce(a.finished_at, 'infinity')
					""").param("job", sweep).query(Long.class).single()).as("%s runs that overlap", sweep).isZero();
		}
		if (pgBouncer != null) {
			assertThat(((HikariDataSource) nodeB.getBean(DataSource.class)).getJdbcUrl()).isEqualTo(pgBouncer.url());
			assertThat(pgBouncer.log()).contains("login attempt: db=").contains("user=leo_app");
		}
	}

	@Test
	@Order(2)
	void nodeBWorksThroughPgBouncerInTransactionMode() throws Exception {
		Assumptions.assumeTrue(PgBouncerProcess.installed(),
				"pgbouncer is not installed here (Debian package pgbouncer, which .ci/run installs)");
		if (nodeB == null) {
			startTwoNodes();
		}
		assertThat(((HikariDataSource) nodeB.getBean(DataSource.class)).getJdbcUrl()).isEqualTo(pgBouncer.url());
		CustodyLedger ledger = nodeB.getBean(CustodyLedger.class);
		CustodyEvent event = ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "through pgbouncer", Actor.leo());
		CustodyLedger.InclusionProof proof = ledger.proveInclusion(event.position());
		assertThat(proof.path()).isNotNull();
		long counted = nodeB.getBean(JdbcClient.class).sql("select count(*) from custody_event where id = :id")
			.param("id", event.id()).query(Long.class).single();
		assertThat(counted).isEqualTo(1);
		assertThat(pgBouncer.log()).contains("login attempt: db=");
	}

	private static long finishedRuns(String job) {
		return jdbc.sql("select count(*) from cluster_job_run where job = :job and finished_at is not null")
			.param("job", job).query(Long.class).single();
	}

	private static InputStream slice(byte[] bytes, int from, int to) {
		return new ByteArrayInputStream(bytes, from, to - from);
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		Instant giveUp = Instant.now().plusSeconds(60);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited a minute").isBefore(giveUp);
			Thread.sleep(200);
		}
	}
}
