package org.leoprotocol.bench.evidence;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.leoprotocol.bench.RunningLeo;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.custody.LeoWitness;
import org.leoprotocol.evidence.custody.WitnessSubmissions;
import org.leoprotocol.evidence.ledger.Checkpoint;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.evidence.ledger.VerifierKey;
import org.leoprotocol.shared.Actor;

/**
 * Checkpoint publication and witnessing at the custody ledger's append rate. Two whole Leo installations run in this
 * JVM, each with its own embedded PostgreSQL, evidence store and installation key: A keeps the ledger, B is A's witness
 * (C2SP tlog-witness over HTTP on loopback). 64 threads append durable custody events to A for a phase; in the
 * "witnessed" phases one more thread meanwhile signs A's newest checkpoint and has B cosign it, back to back, as fast
 * as it can; in the "plain" phases nobody signs. Phases alternate so that the machine's load falls on both alike. At
 * the end the checkpoint A publishes over HTTP must carry B's cosignature.
 *
 * <pre>
 * java -Xmx1g -cp bench/target/benchmarks.jar org.leoprotocol.bench.evidence.CheckpointWitnessBenchmark [seconds] [rounds] [threads]
 * </pre>
 */
public final class CheckpointWitnessBenchmark {

	private CheckpointWitnessBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		int threads = args.length > 2 ? Integer.parseInt(args[2]) : 64;
		Path root = Files.createTempDirectory("leo-witness-bench");
		try (RunningLeo log = RunningLeo.start(root.resolve("a"), "leo.evidence.origin=bench-a.example/custody",
				"leo.evidence.head-interval=PT1H");
				RunningLeo witness = RunningLeo.start(root.resolve("b"), "leo.evidence.origin=bench-b.example/custody",
						"leo.evidence.head-interval=PT1H")) {
			CustodyLedger ledger = log.bean(CustodyLedger.class);
			ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "first", Actor.leo());
			ledger.publishHead();
			LeoWitness b = witness.bean(LeoWitness.class);
			b.trust(VerifierKey.parse(ledger.verifierKey()));
			WitnessSubmissions submissions = log.bean(WitnessSubmissions.class);
			submissions.add("http://127.0.0.1:" + witness.port() + "/api/public/v1/witness", b.witnessKey());
			System.out.printf(
					"Two installations: A (log) on port %d, B (witness) on port %d; %d appending threads, %d s phases%n",
					log.port(), witness.port(), threads, seconds);

			phase(ledger, submissions, threads, 5, true);
			for (int round = 1; round <= rounds; round++) {
				report("plain    " + round, phase(ledger, submissions, threads, seconds, false));
				report("witnessed " + round, phase(ledger, submissions, threads, seconds, true));
			}

			String published = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create("http://127.0.0.1:" + log.port() + "/api/public/v1/ledger/checkpoint"))
				.build(),
					HttpResponse.BodyHandlers.ofString())
				.body();
			SignedNote note = SignedNote.parse(published);
			boolean cosigned = note.signedBy(VerifierKey.parse(b.witnessKey())).isPresent();
			boolean signed = note.signedBy(VerifierKey.parse(ledger.verifierKey())).isPresent();
			System.out.printf("A's published checkpoint (size %d): signed by A %s, cosigned by B %s%n",
					Checkpoint.parse(note.body()).size(), signed, cosigned);
			if (!signed || !cosigned) {
				throw new IllegalStateException("The published checkpoint lacks a signature:\n" + published);
			}
		}
		finally {
			try (var paths = Files.walk(root)) {
				paths.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static Result phase(CustodyLedger ledger, WitnessSubmissions submissions, int threads, int seconds,
			boolean witnessed) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		LongAdder appended = new LongAdder();
		ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
		EvidenceId evidence = EvidenceId.random();
		List<Future<?>> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			workers.add(pool.submit(() -> {
				while (running.get()) {
					ledger.record(evidence, CustodyAction.VIEWED, "sha256=" + "0".repeat(64), Actor.staff("bench"));
					appended.increment();
				}
				return null;
			}));
		}
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		LongAdder cosigned = new LongAdder();
		if (witnessed) {
			workers.add(pool.submit(() -> {
				while (running.get()) {
					long start = System.nanoTime();
					ledger.publishHead();
					cosigned.add(submissions.submitLatest());
					latencies.add(System.nanoTime() - start);
				}
				return null;
			}));
		}
		long startSize = ledger.size();
		long start = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		running.set(false);
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		for (Future<?> worker : workers) {
			worker.get(); // a worker that failed fails the run instead of lowering its rate unseen
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long endSize = ledger.size();
		long lastCosigned = ledger.checkpoint().map(n -> Checkpoint.parse(n.body()).size()).orElse(0L);
		return new Result(appended.sum() / elapsed, latencies, cosigned.sum(), endSize - startSize,
				endSize - lastCosigned);
	}

	private static void report(String name, Result result) {
		List<Long> sorted = new ArrayList<>(result.latencies());
		Collections.sort(sorted);
		String latency = sorted.isEmpty() ? "no checkpoints"
				: String.format(
						"%d checkpoints cosigned of %d signed; sign+cosign p50 %.1f ms, p99 %.1f ms, max %.1f ms; newest "
								+ "checkpoint %d events behind the end",
						result.cosigned(), sorted.size(),
						sorted.get(sorted.size() / 2) / 1e6,
						sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6,
						sorted.get(sorted.size() - 1) / 1e6, result.behind());
		System.out.printf("%-12s %,8.0f appends/s (%,d events); %s; load average %.1f%n", name, result.rate(),
				result.events(), latency,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private record Result(double rate, List<Long> latencies, long cosigned, long events, long behind) {
	}
}
