package org.leoprotocol.bench.protocol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.LeoApplication;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failover benchmark of escalations: N incidents (default 10,000) whose first deadlines fall within a window (default
 * 120 s) on two Leo nodes sharing one PostgreSQL, one node killed with SIGKILL halfway through the window. Each
 * deadline's escalation must reach the on-duty sergeant: stored in the inbox and accepted by a real SMTP server
 * (GreenMail, in this process). Reported: due time to inbox and to mail accepted (p50, p99, max), before and after the
 * kill, missed notices and notices delivered twice.
 *
 * <p>
 * Node A is this process (it also holds the embedded PostgreSQL and opens the incidents); node B is a separate JVM on
 * the same classpath, killed with {@link Process#destroyForcibly()} (SIGKILL, as {@code kill -9}).
 *
 * <p>
 * Run: see bench/README.md.
 */
public final class EscalationFailover {

	private static final Logger log = LoggerFactory.getLogger(EscalationFailover.class);
	static final String STEP = "BENCH_FAILOVER";
	static final Duration DEADLINE = Duration.ofMinutes(10);
	static final Duration FIRST_DEADLINE_AFTER = Duration.ofMinutes(4);
	/** With {@code warm-up=N}: N more incidents due in this span before the window, so the window meets warm nodes. */
	static final Duration WARM_UP = Duration.ofSeconds(60);
	static final Duration SLICE = Duration.ofSeconds(15);
	private static final Pattern INCIDENT_LINK = Pattern.compile("/staff/incidents/([0-9a-f-]{36})");

	private EscalationFailover() {
	}

	public static void main(String[] args) throws Exception {
		int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Duration window = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 120);
		boolean kill = !List.of(args).contains("no-kill");
		int warmUp = List.of(args).stream().filter(arg -> arg.startsWith("warm-up="))
			.mapToInt(arg -> Integer.parseInt(arg.substring("warm-up=".length()))).findFirst().orElse(0);
		Path dir = Files.createTempDirectory("leo-failover");
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		int smtpPort = smtp.getSmtp().getPort();
		String password = "bench-" + System.nanoTime();
		try (ConfigurableApplicationContext nodeA = new SpringApplicationBuilder(LeoApplication.class).properties(
				"server.port=0", "leo.database.embedded.ephemeral=true",
				"leo.database.embedded.directory=" + dir.resolve("db"),
				"leo.database.embedded.server-directory=" + dir.resolve("server"), "LEO_ADMIN_PASSWORD=" + password,
				"spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort, "logging.level.root=WARN",
				"logging.level.org.leoprotocol.bench.protocol.EscalationFailover=INFO")
			.run()) {
			// the embedded database's URL names node A's running role (?user=leo_app), which would override the roles
			// node B names for its pool and its migrations
			String jdbcUrl = ((HikariDataSource) nodeA.getBean(DataSource.class)).getJdbcUrl().replaceFirst("\\?.*$",
					"");
			Properties roles = new Properties();
			try (var in = Files.newBufferedReader(dir.resolve("db").resolve("database.credentials"))) {
				roles.load(in);
			}
			Process nodeB = startNodeB(jdbcUrl, roles, smtpPort, password, dir.resolve("node-b.log"));
			try {
				new EscalationFailover.Run(nodeA, nodeB, smtp, incidents, window, kill, warmUp).run();
			}
			finally {
				nodeB.destroyForcibly();
			}
		}
		finally {
			smtp.stop();
		}
	}

	private static Process startNodeB(String jdbcUrl, Properties roles, int smtpPort, String password, Path logFile)
			throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), LeoApplication.class.getName(), "--server.port=0",
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=leo_app",
				"--spring.datasource.password=" + roles.getProperty("running"), "--spring.flyway.user=leo_owner",
				"--spring.flyway.password=" + roles.getProperty("owner"), "--leo.database.running-role=leo_app",
				"--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtpPort, "--logging.level.root=WARN",
				"--logging.level.org.leoprotocol.LeoApplication=INFO")
			.redirectErrorStream(true).redirectOutput(logFile.toFile());
		builder.environment().put("LEO_ADMIN_PASSWORD", password);
		Process process = builder.start();
		Instant giveUp = Instant.now().plusSeconds(180);
		while (!Files.readString(logFile).contains("Started LeoApplication")) {
			if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
				throw new IllegalStateException("Node B did not start; see " + logFile);
			}
			Thread.sleep(250);
		}
		log.info("Node B started (pid {})", process.pid());
		return process;
	}

	/** One run: set up the sergeant and the protocol, open the incidents, kill node B halfway, report. */
	private record Run(ConfigurableApplicationContext nodeA, Process nodeB, GreenMail smtp, int incidents,
			Duration window,
			boolean kill, int warmUp) {

		void run() throws Exception {
			FailoverAgency agency = FailoverAgency.establish(nodeA);
			nodeA.getBean(Protocols.class).publish("Failover benchmark", "one step, one level", List.of(step()),
					Actor.staff("bench"));
			Instant started = Instant.now();
			open(agency);
			log.info("Opened {} incidents in {} s", incidents, Duration.between(started, Instant.now()).toSeconds());
			Instant firstDeadline = started.plus(FIRST_DEADLINE_AFTER);
			awaitQuiet(nodeA.getBean(JdbcClient.class), started, firstDeadline);
			Instant killAt = firstDeadline.plus(window.dividedBy(2));
			if (kill) {
				sleepUntil(killAt);
				nodeB.destroyForcibly().waitFor();
				log.info("Node B killed (SIGKILL) at {}", killAt);
			}
			awaitMail(firstDeadline.plus(window).plus(Duration.ofSeconds(60)));
			report(nodeA.getBean(JdbcClient.class), firstDeadline, killAt);
		}

		private ProtocolStep step() {
			return new ProtocolStep(STEP, 1, "Benchmark deadline", "Nothing to do: the benchmark lets it pass.",
					Role.OFFICER,
					Anchor.REPORT_RECEIVED, DEADLINE, Set.of(IncidentKind.FOUND_CHILD), null, null, "benchmark",
					List.of(new EscalationLevel(1, Role.SUPERVISOR, Duration.ZERO)));
		}

		private void open(FailoverAgency agency) throws Exception {
			Instant firstDeadline = Instant.now().plus(FIRST_DEADLINE_AFTER);
			IncidentDesk desk = nodeA.getBean(IncidentDesk.class);
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<?>> opened = new ArrayList<>();
			for (int i = 0; i < incidents; i++) {
				int n = i;
				Instant reported = firstDeadline.plus(window.multipliedBy(n).dividedBy(incidents)).minus(DEADLINE);
				opened.add(pool.submit(() -> agency.open(desk, n, reported)));
			}
			for (int i = 0; i < warmUp; i++) {
				int n = incidents + i;
				Instant reported = firstDeadline.minus(WARM_UP).plus(WARM_UP.multipliedBy(i).dividedBy(warmUp))
					.minus(DEADLINE);
				opened.add(pool.submit(() -> agency.open(desk, n, reported)));
			}
			for (Future<?> future : opened) {
				future.get();
			}
			pool.shutdown();
		}

		/**
		 * Waits until the module listeners have handled the opening's events (statistics, early warning), so that the
		 * deadlines measure escalations, not a backlog that a real day would not pile up just before them.
		 */
		private static void awaitQuiet(JdbcClient jdbc, Instant started, Instant firstDeadline)
				throws InterruptedException {
			while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
				.single() > 0) {
				Thread.sleep(1000);
			}
			Instant quiet = Instant.now();
			log.info("Opening's events handled {} s after the start{}", Duration.between(started, quiet).toSeconds(),
					quiet.isAfter(firstDeadline) ? " -- AFTER the first deadline: the figures include that backlog"
							: "");
		}

		private void awaitMail(Instant giveUp) throws InterruptedException {
			while (Instant.now().isBefore(giveUp) && smtp.getReceivedMessages().length < incidents + warmUp) {
				Thread.sleep(1000);
			}
			Thread.sleep(5000);
		}

		private void report(JdbcClient jdbc, Instant firstDeadline, Instant killAt) {
			List<Latency> latencies = jdbc.sql(FailoverAgency.LATENCY_SQL).param("step", STEP)
				.query((rs, row) -> new Latency(rs.getTimestamp("due_at").toInstant(),
						rs.getTimestamp("inbox_at").toInstant(),
						rs.getTimestamp("mailed_at") == null ? null : rs.getTimestamp("mailed_at").toInstant()))
				.list().stream().filter(latency -> !latency.due().isBefore(firstDeadline)).toList();
			Map<String, Long> mailsPerIncident = mailsPerIncident(smtp.getReceivedMessages());
			long twice = mailsPerIncident.values().stream().filter(count -> count > 1).count();
			long missed = incidents - latencies.stream().filter(l -> l.mailed() != null).count();
			log.info(
					"""

							Escalation failover: {} incidents, deadlines over {} s, two nodes, node B {}
							  notices stored {}, mails accepted by SMTP {} (distinct incidents {}), missed {}, delivered twice {}
							  due -> inbox and mail (all):     {}
							  due -> inbox and mail (before):  {}
							  due -> inbox and mail (after):   {}
							  due -> inbox only (all):         {}
							  p99 of inbox and mail by {} s of the window: {}
							  warm-up: {} incidents due in the {} s before the window, not counted
							""",
					incidents, window.toSeconds(), kill ? "killed at the window's midpoint" : "not killed",
					latencies.size(), smtp.getReceivedMessages().length, mailsPerIncident.size(), missed, twice,
					Percentiles.of(latencies, Latency::both),
					Percentiles.of(latencies.stream().filter(l -> l.due().isBefore(killAt)).toList(), Latency::both),
					Percentiles.of(latencies.stream().filter(l -> !l.due().isBefore(killAt)).toList(), Latency::both),
					Percentiles.of(latencies, Latency::inboxOnly), SLICE.toSeconds(), bySlice(latencies, firstDeadline),
					warmUp,
					WARM_UP.toSeconds());
		}

		private static Map<String, Long> mailsPerIncident(MimeMessage[] messages) {
			return List.of(messages).stream().map(message -> {
				Matcher link = INCIDENT_LINK.matcher(GreenMailUtil.getBody(message));
				return link.find() ? link.group(1) : "unlinked";
			}).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		}

		/** p99 of each slice of the window in turn, to tell a slow start from a slow kill. */
		private String bySlice(List<Latency> latencies, Instant firstDeadline) {
			List<String> slices = new ArrayList<>();
			for (Instant from = firstDeadline; from.isBefore(firstDeadline.plus(window)); from = from.plus(SLICE)) {
				Instant start = from;
				Instant end = from.plus(SLICE);
				slices.add(String.valueOf(Percentiles.of(latencies.stream()
					.filter(l -> !l.due().isBefore(start) && l.due().isBefore(end)).toList(), Latency::both).p99()));
			}
			return String.join(" | ", slices);
		}

		private static void sleepUntil(Instant at) throws InterruptedException {
			long millis = Duration.between(Instant.now(), at).toMillis();
			if (millis > 0) {
				Thread.sleep(millis);
			}
		}
	}

	/** How late one notice was: from its deadline to the inbox, and to the mail server's acceptance. */
	record Latency(Instant due, Instant inbox, Instant mailed) {

		Duration both() {
			return mailed == null ? Duration.ofDays(1) : Duration.between(due, inbox.isAfter(mailed) ? inbox : mailed);
		}

		Duration inboxOnly() {
			return Duration.between(due, inbox);
		}
	}

	/** p50, p99 and max of a list of latencies, in milliseconds. */
	record Percentiles(int count, long p50, long p99, long max) {

		static Percentiles of(List<Latency> latencies, Function<Latency, Duration> measure) {
			long[] millis = latencies.stream().map(measure).mapToLong(Duration::toMillis).sorted().toArray();
			if (millis.length == 0) {
				return new Percentiles(0, 0, 0, 0);
			}
			return new Percentiles(millis.length, at(millis, 0.50), at(millis, 0.99), millis[millis.length - 1]);
		}

		private static long at(long[] sorted, double quantile) {
			return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
		}

		@Override
		public String toString() {
			return "n " + count + ", p50 " + p50 + " ms, p99 " + p99 + " ms, max " + max + " ms";
		}
	}
}
