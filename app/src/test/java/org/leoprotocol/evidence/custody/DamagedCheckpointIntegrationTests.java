package org.leoprotocol.evidence.custody;

import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.ledger.VerifierKey;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.database.OperatorRights;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A checkpoint or a witness's cosignature the ledger stored that no longer reads (a disk fault, or an operator's edit
 * behind Leo's back) is an integrity failure of the ledger: the public checkpoint and an export's receipt are refused
 * with a problem naming the damage (409, never a bad request or an unknown record), the verifier reports it, and
 * everything else goes on. Every change is made in a transaction that is rolled back, by the running role given an
 * operator's rights for the test ({@link OperatorRights}).
 */
@LeoIntegrationTest
class DamagedCheckpointIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	CustodyLedger ledger;
	@Autowired
	LedgerVerification verification;
	@Autowired
	LeoWitness witness;
	@Autowired
	WitnessSubmissions submissions;
	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transaction;
	@Autowired
	ApplicationContext leo;

	CustodyEvent recorded;

	long size;

	@BeforeEach
	void aWitnessedCheckpoint() {
		OperatorRights.grant(leo);
		witness.trust(VerifierKey.parse(ledger.verifierKey()));
		submissions.add("http://127.0.0.1:" + port + "/api/public/v1/witness", witness.witnessKey());
		recorded = ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "damaged checkpoint", Actor.leo());
		ledger.publishHead();
		assertThat(submissions.submitLatest()).isPositive();
		size = ledger.size();
	}

	@AfterEach
	void leastPrivilegeAgain() {
		OperatorRights.withdraw(leo);
	}

	@Test
	void aStoredCheckpointThatNoLongerParsesIsRefusedAsDamageToTheLedger() throws Exception {
		damaged(sql -> sql.sql("update custody_checkpoint set note = 'not a signed note' where tree_size = :s")
			.param("s", size).update(), "evidence.ledger.damaged.checkpoint", "checkpoint");
	}

	@Test
	void aStoredCheckpointOfAnotherSizeIsRefusedAsDamageToTheLedger() throws Exception {
		damaged(sql -> {
			String note = sql.sql("select note from custody_checkpoint where tree_size = :s").param("s", size)
				.query(String.class).single();
			String moved = note.replace("\n" + size + "\n", "\n" + (size + 7) + "\n");
			assertThat(moved).isNotEqualTo(note);
			sql.sql("update custody_checkpoint set note = :n where tree_size = :s").param("n", moved).param("s", size)
				.update();
		}, "evidence.ledger.damaged.checkpoint", "checkpoint");
	}

	@Test
	void aStoredCosignatureThatNoLongerParsesIsRefusedAsDamageToTheLedger() throws Exception {
		damaged(sql -> sql.sql("update custody_cosignature set line = 'a line, not a signature' where tree_size = :s")
			.param("s", size).update(), "evidence.ledger.damaged.cosignature", "cosignature");
	}

	/** Damages the stored record, checks what each reader gets, and rolls the damage back. */
	private void damaged(Consumer<JdbcClient> change, String key, String record) throws Exception {
		transaction.executeWithoutResult(tx -> {
			jdbc.sql("set local session_replication_role = replica").update();
			change.accept(jdbc);
			try {
				mvc.perform(get("/api/public/v1/ledger/checkpoint").header("Accept-Language", "es"))
					.andExpect(status().isConflict())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.messageKey").value(key))
					.andExpect(jsonPath("$.detail", containsString("dañad")))
					.andExpect(jsonPath("$.detail", containsString(String.valueOf(size))))
					.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
				mvc.perform(get("/api/public/v1/ledger/key")).andExpect(status().isOk());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			assertThatThrownBy(() -> ledger.proveEntry(recorded)).isInstanceOf(Checkpoints.Damaged.class)
				.hasMessageStartingWith(key);
			assertThat(verification.verify(false).problems())
				.anySatisfy(p -> assertThat(p).contains("stored " + record).contains("at tree size " + size));
			tx.setRollbackOnly();
		});
		mvc.perform(get("/api/public/v1/ledger/checkpoint")).andExpect(status().isOk());
		assertThat(verification.verify(false).problems()).as("rolled back").isEmpty();
	}
}
