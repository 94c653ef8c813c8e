package org.leoprotocol.bench.evidence;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.custody.Checkpoints;
import org.leoprotocol.evidence.custody.CustodyEvents;
import org.leoprotocol.evidence.custody.KeyChain;
import org.leoprotocol.evidence.custody.LedgerKey;
import org.leoprotocol.evidence.custody.LedgerTree;
import org.leoprotocol.evidence.custody.LedgerVerification;
import org.leoprotocol.evidence.custody.LedgerVerification.Report;
import org.leoprotocol.evidence.custody.StoredSubtrees;
import org.leoprotocol.evidence.custody.TreeHeads;
import org.leoprotocol.evidence.custody.WitnessSubmissions;
import org.leoprotocol.evidence.export.Exports;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.ledger.MerkleTree;
import org.leoprotocol.evidence.ledger.SignedTreeHead;
import org.leoprotocol.evidence.ledger.TreeHead;
import org.leoprotocol.evidence.store.FileSystemBlobStore;

/**
 * {@code leo verify-ledger} over a ledger of a million events in PostgreSQL: read every row, recompute every leaf hash,
 * rebuild the Merkle tree and check the signed tree heads. Target: at most 5 seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LedgerVerifyBenchmark {

	@Param("1000000")
	public int events;

	private BenchDatabase database;
	private LedgerVerification verification;
	private CustodyEvents store;

	@Setup
	public void fill() throws IOException {
		database = BenchDatabase.start();
		store = new CustodyEvents(database.jdbc, database.template);
		MerkleTree tree = new MerkleTree();
		Instant at = Instant.parse("2026-11-22T10:00:00Z").truncatedTo(ChronoUnit.MICROS);
		List<CustodyEvent> batch = new ArrayList<>();
		EvidenceId[] items = new EvidenceId[1000];
		for (int i = 0; i < items.length; i++) {
			items[i] = EvidenceId.random();
		}
		for (int position = 0; position < events; position++) {
			CustodyEvent event = new CustodyEvent(position, UUID.randomUUID(), at.plusMillis(position),
					items[position % items.length],
					CustodyAction.VIEWED, "investigator-" + (position % 50), "sha256=" + "0".repeat(64));
			batch.add(event);
			tree.append(event.leafHash());
			if (batch.size() == 10_000) {
				List<CustodyEvent> chunk = List.copyOf(batch);
				database.transactions.executeWithoutResult(s -> store.insert(chunk));
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			database.transactions.executeWithoutResult(s -> store.insert(batch));
		}
		LedgerKey key = new LedgerKey(database.properties(1000), database.jdbc, Clock.systemUTC());
		TreeHeads heads = new TreeHeads(database.jdbc);
		for (long size : new long[] { events / 2, events }) {
			TreeHead head = new TreeHead(size, tree.root(size), at);
			heads.insert(new SignedTreeHead(head, key.id(), key.sign(head.signedBytes())));
		}
		database.template.execute("vacuum analyze custody_event");
		EvidenceProperties properties = database.properties(1000);
		Checkpoints checkpoints = new Checkpoints(database.jdbc);
		verification = new LedgerVerification(store, heads, new EvidenceItems(database.jdbc),
				new Exports(database.jdbc),
				new FileSystemBlobStore(database.directory), checkpoints, new KeyChain(database.jdbc),
				new WitnessSubmissions(checkpoints, new LedgerTree(store, new StoredSubtrees(database.template),
						database.transactions.getTransactionManager()), database.jdbc, Clock.systemUTC(),
						properties),
				properties);
	}

	@Benchmark
	public Report verify() {
		Report report = database.transactions.execute(status -> verification.verify(false));
		if (!report.intact() || report.events() != events) {
			throw new IllegalStateException("Unexpected report: " + report.events() + " events, " + report.problems());
		}
		return report;
	}

	/** Only reading the rows, for comparison: what the database and the driver cost on their own. */
	@Benchmark
	public long readOnly() {
		return database.transactions.execute(status -> {
			try (var rows = store.everything()) {
				return rows.count();
			}
		});
	}

	@TearDown
	public void stop() throws IOException {
		database.close();
	}
}
