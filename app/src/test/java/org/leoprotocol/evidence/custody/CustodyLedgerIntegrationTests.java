package org.leoprotocol.evidence.custody;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.ledger.MerkleProofs;
import org.leoprotocol.evidence.ledger.SignedTreeHead;
import org.leoprotocol.evidence.ledger.TreeHead;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class CustodyLedgerIntegrationTests {

	static final HexFormat HEX = HexFormat.of();

	@Autowired
	CustodyLedger ledger;
	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentAppendsGetContiguousPositionsFromGroupCommits() throws Exception {
		EvidenceId evidence = EvidenceId.random();
		long before = ledger.size();
		ExecutorService callers = Executors.newFixedThreadPool(32);
		List<Future<CustodyEvent>> appended = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < 4000; i++) {
			int n = i;
			appended.add(callers.submit(() -> ledger.record(evidence, CustodyAction.VIEWED, "load " + n, Actor.leo())));
		}
		Set<Long> positions = new TreeSet<>();
		for (Future<CustodyEvent> event : appended) {
			positions.add(event.get().position());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		callers.shutdown();

		assertThat(positions).hasSize(4000);
		assertThat(jdbc.sql("select count(*) from custody_event where evidence_id = :id").param("id", evidence.value())
			.query(Long.class).single()).isEqualTo(4000);
		assertThat(ledger.size()).isGreaterThanOrEqualTo(before + 4000);
		org.slf4j.LoggerFactory.getLogger(getClass()).info("4000 durable appends from 32 threads in {} s ({} /s)",
				String.format("%.2f", seconds), Math.round(4000 / seconds));
	}

	@Test
	void anInclusionProofFromTheApiVerifiesAgainstTheSignedHeadIndependently() throws Exception {
		CustodyEvent event = ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "proof", Actor.leo());
		String json = mvc.perform(get("/api/v1/evidence/ledger/events/{position}/proof", event.position())
			.with(as(staff, Role.INVESTIGATOR))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		long size = ((Number) JsonPath.read(json, "$.head.treeSize")).longValue();
		byte[] root = HEX.parseHex(JsonPath.read(json, "$.head.rootHash"));
		List<String> path = JsonPath.read(json, "$.path");
		assertThat(MerkleProofs.verifyInclusion(event.position(), size, event.leafHash(),
				path.stream().map(HEX::parseHex).toList(), root))
			.isTrue();
		SignedTreeHead head = new SignedTreeHead(
				new TreeHead(size, root, java.time.Instant.parse(JsonPath.read(json, "$.head.issuedAt"))),
				JsonPath.read(json, "$.head.keyId"),
				Base64.getDecoder().decode((String) JsonPath.read(json, "$.head.signature")));
		assertThat(head.verify(Base64.getDecoder().decode((String) JsonPath.read(json, "$.head.publicKey")))).isTrue();
	}

	@Test
	void consecutiveHeadsAreProvenConsistent() throws Exception {
		ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "first", Actor.leo());
		long first = ledger.publishHead().head().treeSize();
		ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "second", Actor.leo());
		ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "third", Actor.leo());
		mvc.perform(post("/api/v1/evidence/ledger/heads").with(as(staff, Role.COMMAND))).andExpect(status().isOk());
		long second = ledger.latestHead().orElseThrow().head().treeSize();

		String json = mvc
			.perform(get("/api/v1/evidence/ledger/consistency").param("first", "" + first).param("second", "" + second)
				.with(as(staff, Role.REVIEW_BOARD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> path = JsonPath.read(json, "$.path");
		assertThat(MerkleProofs.verifyConsistency(first, second, HEX.parseHex(JsonPath.read(json, "$.first.rootHash")),
				HEX.parseHex(JsonPath.read(json, "$.second.rootHash")), path.stream().map(HEX::parseHex).toList()))
			.isTrue();
		mvc.perform(get("/api/v1/evidence/ledger/consistency").param("first", "" + first).param("second", "" + second)
			.with(as(staff, Role.OFFICER))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/evidence/ledger/consistency").param("first", "" + second).param("second", "" + first)
			.with(as(staff, Role.REVIEW_BOARD))).andExpect(status().isBadRequest());
	}

	@Test
	void theRunningRoleMayNotRewriteTheLedger() {
		ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "kept", Actor.leo());
		assertThatThrownBy(() -> jdbc.sql("update custody_event set detail = 'rewritten'").update())
			.hasStackTraceContaining("permission denied for table custody_event");
		assertThatThrownBy(() -> jdbc.sql("delete from custody_event").update())
			.hasStackTraceContaining("permission denied for table custody_event");
		assertThatThrownBy(() -> jdbc.sql("truncate custody_tree_head").update())
			.hasStackTraceContaining("permission denied for table custody_tree_head");
	}
}
