package org.leoprotocol.bench.protocol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.LeoApplication;
import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.clock.StepClockNode;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.protocol.incident.NewIncident;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load benchmark of the step clocks: opens N incidents (default 10,000) under a benchmark protocol version whose one
 * step falls due 180 s after the report (level 1) and escalates again 15 s later (level 2). Report times are set in the
 * past so that the level-1 deadlines are spread evenly over a window (default 120 s) starting 40 s after the benchmark
 * starts; the application's scheduler runs with extra nodes on the same database. The benchmark then reports how late
 * escalations were raised (p50, p99, max) and checks that none was missed or raised twice.
 *
 * <p>
 * Run: {@code ./mvnw -o -q -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}
 * then
 * {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.leoprotocol.bench.protocol.EscalationLoad 10000 1 120}
 * (incidents, extra nodes, window in seconds, and optionally {@code flat-roster=N} or {@code command-roster=N}: a
 * roster of N active officers, see {@link #roster}).
 */
public final class EscalationLoad {

	private static final Logger log = LoggerFactory.getLogger(EscalationLoad.class);
	static final String STEP = "BENCH_DEADLINE";
	static final Duration DEADLINE = Duration.ofMinutes(3);
	static final Duration FIRST_DEADLINE_AFTER = Duration.ofSeconds(40);
	static final Duration SECOND_LEVEL = Duration.ofSeconds(15);

	private EscalationLoad() {
	}

	public static void main(String[] args) throws Exception {
		int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int extraNodes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
		Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 120);
		String roster = args.length > 3 ? args[3] : "";
		int rosterSize = roster.isEmpty() ? 0 : Integer.parseInt(roster.substring(roster.indexOf('=') + 1));
		Path dir = Files.createTempDirectory("leo-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LeoApplication.class).properties(
				"server.port=0", "leo.database.embedded.ephemeral=true",
				"leo.database.embedded.directory=" + dir.resolve("db"),
				"leo.database.embedded.server-directory=" + dir.resolve("server"),
				"LEO_ADMIN_PASSWORD=bench-admin-password",
				"logging.level.root=WARN", "logging.level.org.leoprotocol.bench.protocol.EscalationLoad=INFO")
			.run()) {
			if (rosterSize > 0) {
				roster(context.getBean(JdbcClient.class), rosterSize, roster.startsWith("command-roster="));
			}
			run(context, incidents, extraNodes, window);
		}
	}

	/**
	 * A department's roster: {@code officers} active officers in 200 units, ranks Sergeant and Police Officer, nobody
	 * on a shift, so that every escalation of an incident without a responsible officer climbs to command. Flat (the
	 * roster bench/load/cluster-fill.sql wrote when issue 19's escalations were found late): no unit has a parent and
	 * no officer a command rank. With {@code command}: the 200 units under a chief's office holding a chief and four
	 * deputy chiefs (the roster cluster-fill.sql writes now).
	 */
	static void roster(JdbcClient jdbc, int officers, boolean command) {
		if (command) {
			jdbc.sql("insert into unit (id, code, name) values (md5('unit-hq')::uuid, 'HQ', 'Office of the Chief')")
				.update();
			jdbc.sql("""
					insert into officer (id, agency_code, badge_number, first_name, last_name, rank, unit_id, hire_date,
					                     status, created_at)
					select md5('command-' || c)::uuid, 'BENCH', 'HQ' || c, 'First', 'Command' || c,
					       case when c = 0 then 'Chief of Police' else 'Deputy Chief' end, md5('unit-hq')::uuid,
					       date '2006-01-01', 'ACTIVE', now()
					from generate_series(0, 4) c
					""").update();
		}
		jdbc.sql("""
				insert into unit (id, code, name, parent_id)
				select md5('unit-' || u)::uuid, 'UNIT-' || lpad(u::text, 3, '0'), 'Unit ' || u,
				       (select id from unit where code = 'HQ')
				from generate_series(0, 199) u
				""").update();
		jdbc.sql("""
				insert into officer (id, agency_code, badge_number, first_name, last_name, rank, unit_id, hire_date,
				                     status, created_at)
				select md5('officer-' || o)::uuid, 'BENCH', 'B' || o, 'First', 'Last' || o,
				       case when o % 10 = 0 then 'Sergeant' else 'Police Officer' end, md5('unit-' || (o % 200))::uuid,
				       date '2006-01-01' + o % 7305, 'ACTIVE', now()
				from generate_series(0, :officers - 1) o
				""").param("officers", officers).update();
		log.info(command ? "Roster: {} active officers in 200 units under the chief's office, five command staff"
				: "Flat roster: {} active officers in 200 units without a parent, no command rank", officers);
	}

	static void run(ConfigurableApplicationContext context, int incidents, int extraNodes, Duration window)
			throws Exception {
		context.getBean(Protocols.class).publish("Benchmark", "one step, two levels", List.of(benchStep()),
				Actor.staff("bench"));
		List<Scheduler> nodes = new ArrayList<>();
		for (int i = 0; i < extraNodes; i++) {
			nodes.add(StepClockNode.start(context, Duration.ofSeconds(1), 4, "bench-node-" + i));
		}
		try {
			Instant started = Instant.now();
			open(context.getBean(IncidentDesk.class), incidents, started, window);
			Duration opening = Duration.between(started, Instant.now());
			log.info("Opened {} incidents in {} s ({} per second)", incidents, opening.toSeconds(),
					incidents * 1000L / Math.max(1, opening.toMillis()));
			report(context.getBean(JdbcClient.class), incidents, started.plus(FIRST_DEADLINE_AFTER).plus(window),
					extraNodes + 1);
		}
		finally {
			nodes.forEach(Scheduler::stop);
		}
	}

	private static ProtocolStep benchStep() {
		return new ProtocolStep(STEP, 1, "Benchmark deadline", "Nothing to do: the benchmark lets it pass.",
				Role.OFFICER,
				Anchor.REPORT_RECEIVED, DEADLINE, Set.of(IncidentKind.FOUND_CHILD), null, null, "benchmark",
				List.of(new EscalationLevel(1, Role.OFFICER, Duration.ZERO),
						new EscalationLevel(2, Role.SUPERVISOR, SECOND_LEVEL)));
	}

	private static void open(IncidentDesk desk, int incidents, Instant started, Duration window) throws Exception {
		Instant firstDeadline = started.plus(FIRST_DEADLINE_AFTER);
		Actor bench = Actor.staff("bench", Role.OFFICER);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> opened = new ArrayList<>();
		for (int i = 0; i < incidents; i++) {
			int n = i;
			Instant reported = firstDeadline.plus(window.multipliedBy(n).dividedBy(incidents)).minus(DEADLINE);
			opened.add(pool.submit(() -> desk.open(
					new NewIncident(IncidentKind.FOUND_CHILD, "Bench square " + n, reported, null,
							new PersonAtRisk(null, 6, "benchmark child " + n, Condition.UNHARMED, Set.of()), null),
					bench)));
		}
		for (Future<?> future : opened) {
			future.get();
		}
		pool.shutdown();
	}

	private static void report(JdbcClient jdbc, int incidents, Instant lastDeadline, int nodes)
			throws InterruptedException {
		long expected = 2L * incidents;
		Instant giveUp = lastDeadline.plus(SECOND_LEVEL).plus(Duration.ofMinutes(2));
		long raised = 0;
		java.util.Map<String, Double> visibleLate = new java.util.HashMap<>();
		while (Instant.now().isBefore(giveUp) && (raised = seen(jdbc, visibleLate)) < expected) {
			Thread.sleep(250);
		}
		Thread.sleep(3000);
		seen(jdbc, visibleLate);
		List<Double> visible = visibleLate.values().stream().sorted().toList();
		raised = count(jdbc, "select count(*) from escalation where step_code = 'BENCH_DEADLINE'");
		long distinct = count(jdbc,
				"select count(distinct (incident_id, level)) from escalation where step_code = 'BENCH_DEADLINE'");
		long timeline = count(jdbc,
				"select count(*) from incident_event where type = 'ESCALATION_RAISED' and step_code = 'BENCH_DEADLINE'");
		long pending = count(jdbc,
				"select count(*) from scheduled_tasks where task_instance like '%/BENCH_DEADLINE/%'");
		List<Double> lateness = jdbc
			.sql("""
					select percentile_cont(array[0.5, 0.99]) within group (order by extract(epoch from raised_at - due_at)) ||
					       array[max(extract(epoch from raised_at - due_at))::float8]
					from escalation where step_code = 'BENCH_DEADLINE'
					""")
			.query((rs, row) -> {
				Double[] values = (Double[]) rs.getArray(1).getArray();
				return java.util.Arrays.stream(values).map(value -> value == null ? Double.NaN : value).toList();
			}).single();
		log.info(
				"""

						Escalation load: {} incidents, level-1 deadlines spread over the window, level 2 15 s later; {} scheduler nodes,
						poll interval 1 s, 4 threads per node
						  escalations expected {}, raised {}, distinct (incident, level) {}, timeline entries {}, still scheduled {}
						  missed {}, raised twice {}
						  lateness after deadline (raised_at, when the raise began): p50 {} ms, p99 {} ms, max {} ms
						  lateness after deadline (committed, seen by a poll every 250 ms): p50 {} ms, p99 {} ms, max {} ms
						""",
				incidents, nodes, expected, raised, distinct, timeline, pending, expected - distinct,
				timeline - distinct,
				millis(lateness.get(0)), millis(lateness.get(1)), millis(lateness.get(2)), percentile(visible, 0.5),
				percentile(visible, 0.99),
				percentile(visible, 1.0));
	}

	/**
	 * Notes when each escalation first became visible (committed), as lateness in seconds after its due time, and
	 * returns how many are visible.
	 */
	private static long seen(JdbcClient jdbc, java.util.Map<String, Double> visibleLate) {
		Instant now = Instant.now();
		jdbc.sql("select incident_id::text || '/' || level, due_at from escalation where step_code = 'BENCH_DEADLINE'")
			.query((rs, row) -> java.util.Map.entry(rs.getString(1),
					rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
			.list()
			.forEach(due -> visibleLate.computeIfAbsent(due.getKey(),
					key -> Duration.between(due.getValue(), now).toMillis() / 1000.0));
		return visibleLate.size();
	}

	private static String percentile(List<Double> sorted, double p) {
		if (sorted.isEmpty()) {
			return "-";
		}
		int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(p * sorted.size()) - 1));
		return millis(sorted.get(index));
	}

	private static String millis(double seconds) {
		return Double.isNaN(seconds) ? "-" : String.valueOf(Math.round(seconds * 1000));
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
