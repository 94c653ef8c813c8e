package org.leoprotocol.bench.evidence;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.custody.GroupCommit;

/**
 * Durable custody-ledger appends per second through {@link GroupCommit}: 64 callers each waiting for their own commit
 * (fsync on), the way concurrent views and downloads record themselves. Target: at least 5,000 per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(64)
public class DurableAppendBenchmark {

	private static final EvidenceId EVIDENCE = EvidenceId.random();

	private BenchDatabase database;
	private GroupCommit commits;

	@Setup
	public void start() throws IOException {
		database = BenchDatabase.start();
		commits = database.groupCommit(1000);
	}

	@Benchmark
	public CustodyEvent append() {
		return commits.append(EVIDENCE, CustodyAction.VIEWED, "bench",
				"sha256=0000000000000000000000000000000000000000000000000000000000000000");
	}

	@TearDown
	public void stop() throws IOException {
		commits.stop();
		database.close();
	}
}
