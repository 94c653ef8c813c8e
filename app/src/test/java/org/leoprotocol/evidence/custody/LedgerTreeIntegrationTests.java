package org.leoprotocol.evidence.custody;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.ledger.MerkleTree;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's ledger tree keeps only its right edge in memory and reads stored subtrees, yet answers exactly as a tree
 * rebuilt whole from the events; a node started later (a fresh {@link LedgerTree}) reads the edge back from the store
 * and answers alike.
 */
@LeoIntegrationTest
class LedgerTreeIntegrationTests {

	@Autowired
	CustodyLedger ledger;
	@Autowired
	LedgerTree tree;
	@Autowired
	CustodyEvents events;
	@Autowired
	StoredSubtrees stored;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JdbcClient jdbc;

	@Test
	void keepsOnlyTheRightEdgeInMemoryAndProvesLikeTheWholeTree() throws Exception {
		EvidenceId evidence = EvidenceId.random();
		ExecutorService callers = Executors.newFixedThreadPool(16);
		try {
			List<Future<CustodyEvent>> appended = new ArrayList<>();
			for (int i = 0; i < LedgerTree.BATCH + 300; i++) {
				String detail = "tree " + i;
				appended.add(callers.submit(() -> ledger.record(evidence, CustodyAction.VIEWED, detail, Actor.leo())));
			}
			for (Future<CustodyEvent> event : appended) {
				event.get();
			}
		}
		finally {
			callers.shutdown();
		}
		long size = tree.size();
		assertThat(tree.retainedHashes()).isLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(size));
		assertThat(jdbc.sql("select tree_size from custody_tree_progress").query(Long.class).single())
			.isEqualTo(size);

		MerkleTree whole = new MerkleTree();
		jdbc.sql("select leaf_hash from custody_event where position < :size order by position").param("size", size)
			.query(byte[].class).list().forEach(whole::append);
		LedgerTree anotherNode = new LedgerTree(events, stored, transactions);
		for (LedgerTree node : List.of(tree, anotherNode)) {
			assertThat(node.root(size)).isEqualTo(whole.root(size));
			for (long second : new long[] { size, size - 1, size / 2 + 3, 17 }) {
				assertThat(node.root(second)).isEqualTo(whole.root(second));
				for (long index : new long[] { 0, second / 3, second - 1 }) {
					assertThat(node.inclusionProof(index, second))
						.containsExactlyElementsOf(whole.inclusionProof(index, second));
				}
				assertThat(node.consistencyProof(second / 2 + 1, second))
					.containsExactlyElementsOf(whole.consistencyProof(second / 2 + 1, second));
			}
			assertThat(node.retainedHashes()).isLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(size));
		}
	}
}
