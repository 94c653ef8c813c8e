package org.leoprotocol.bench;

import java.io.StringReader;
import java.util.concurrent.TimeUnit;

import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.ImportReport;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.RosterImport;
import org.leoprotocol.shared.Actor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the foundation costs per staff action: one audited read (a durable insert into the append-only trail, committed
 * with fsync) and a roster import of 1,000 officers (one transaction per row).
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar FoundationBenchmarks
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class FoundationBenchmarks {

	private RunningLeo leo;
	private AuditTrail audit;
	private RosterImport rosterImport;
	private String roster;
	private int run;

	@Setup(Level.Trial)
	public void start() throws Exception {
		leo = RunningLeo.start();
		audit = leo.bean(AuditTrail.class);
		rosterImport = leo.bean(RosterImport.class);
		leo.bean(Roster.class).establishUnit("BENCH", "Benchmark unit", null);
	}

	@Setup(Level.Invocation)
	public void freshRoster() {
		StringBuilder csv = new StringBuilder("badge_number,first_name,last_name,rank,unit_code,hire_date,status\n");
		run++;
		for (int i = 0; i < 1000; i++) {
			csv.append("B").append(run).append('-').append(i).append(",Given").append(i).append(",Family").append(i)
				.append(",Police Officer,BENCH,2015-04-01,\n");
		}
		roster = csv.toString();
	}

	@TearDown(Level.Trial)
	public void stop() {
		leo.close();
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public void auditedRead() {
		audit.read("bench", RecordReference.of("Officer", "734"), null);
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public ImportReport importThousandOfficers() {
		return rosterImport.importCsv(new StringReader(roster), Actor.staff("bench"));
	}
}
