package org.leoprotocol.evidence.custody;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceFixtures;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.evidence.custody.LedgerVerification.Report;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.evidence.ledger.SignedTreeHead;
import org.leoprotocol.evidence.ledger.TreeHead;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tamper suite of issue 16: someone with full control of the database truncates the ledger (and deletes the latest
 * tree heads and checkpoints), forks it (rewrites a row and its leaf hash consistently), edits a custody row, flips a
 * byte of a blob, or replaces the signing key. Each is found, with its location, once a witness has cosigned a
 * checkpoint. A stored checkpoint or cosignature damaged so that it no longer reads is an integrity failure too: the
 * public checkpoint and a receipt are refused with a problem naming the damage (409, never a bad request or an unknown
 * record), the verifier reports it, and the rest of the ledger still answers. Every change to the database is made in a
 * transaction that is rolled back, by the running role given an operator's rights for the test ({@link OperatorRights};
 * Leo itself runs without them).
 */
@LeoIntegrationTest
class LedgerTamperSuiteIntegrationTests {

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
	EvidenceIntake intake;
	@Autowired
	EvidenceItems items;
	@Autowired
	EvidenceProperties properties;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transaction;
	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext leo;

	long witnessed;

	@AfterEach
	void leastPrivilegeAgain() {
		OperatorRights.withdraw(leo);
	}

	@BeforeEach
	void witnessTheLedger() {
		OperatorRights.grant(leo);
		witness.trust(VerifierKey.parse(ledger.verifierKey()));
		submissions.add("http://127.0.0.1:" + port + "/api/public/v1/witness", witness.witnessKey());
		for (int i = 0; i < 6; i++) {
			ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "tamper suite " + i, Actor.leo());
		}
		ledger.publishHead();
		assertThat(submissions.submitLatest()).isPositive();
		witnessed = ledger.size();
		assertThat(verification.verify(false).problems()).isEmpty();
	}

	@Test
	void truncatingTheLedgerAndItsLatestHeadsIsFoundByTheWitnessedCheckpoint() {
		long from = witnessed - 3;
		Report report = tampered(sql -> {
			deleteHeadsFrom(sql, from);
			sql.sql("delete from custody_event where position >= :p").param("p", from).update();
		});
		assertThat(report.problems())
			.anySatisfy(p -> assertThat(p).startsWith("TRUNCATED: the ledger holds " + from + " events")
				.contains("covers events " + from + " to " + (witnessed - 1)));
	}

	@Test
	void anAuditorsKeptCheckpointFindsTruncationEvenWhenEveryWitnessedRecordIsDeleted() throws Exception {
		SignedNote kept = ledger.checkpoint().orElseThrow();
		Path copy = WitnessSubmissions.keptCopy(properties);
		String keptOnDisk = Files.readString(copy);
		Files.delete(copy);
		try {
			long from = witnessed - 2;
			Report report = tampered(sql -> {
				deleteHeadsFrom(sql, from);
				sql.sql("delete from custody_cosignature").update();
				sql.sql("delete from custody_event where position >= :p").param("p", from).update();
			}, List.of(kept));
			assertThat(report.problems())
				.anySatisfy(p -> assertThat(p).startsWith("TRUNCATED: the ledger holds " + from).contains("witness"));
		}
		finally {
			Files.writeString(copy, keptOnDisk);
		}
	}

	@Test
	void aForkIsLocatedBetweenTheLastMatchingRootAndTheWitnessedSize() {
		long position = witnessed - 2;
		CustodyEvent original = eventAt(position);
		CustodyEvent forged = new CustodyEvent(position, original.id(), original.occurredAt(), original.evidenceId(),
				original.action(), original.actor(), "rewritten and re-hashed");
		Report report = tampered(sql -> {
			deleteHeadsFrom(sql, position);
			sql.sql("update custody_event set detail = :d, leaf_hash = :h where position = :p")
				.param("d", forged.detail())
				.param("h", forged.leafHash()).param("p", position).update();
		});
		assertThat(report.problems()).noneMatch(p -> p.contains("was changed after it was appended"));
		assertThat(report.problems()).anySatisfy(p -> {
			assertThat(p).startsWith("FORK: the first " + witnessed + " events");
			long from = Long.parseLong(p.replaceAll(".*between positions (\\d+) and.*", "$1"));
			assertThat(from).isLessThanOrEqualTo(position);
			assertThat(p).contains("and " + (witnessed - 1));
		});
	}

	@Test
	void anEditedCustodyRowIsReportedAtItsPosition() {
		long position = witnessed - 4;
		Report report = tampered(sql -> sql.sql("update custody_event set actor = 'nobody' where position = :p")
			.param("p", position).update());
		assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("Event " + position + " (VIEWED")
			.contains("by nobody").contains("was changed after it was appended"));
	}

	@Test
	void aFlippedBlobByteIsReportedWithTheItem() throws Exception {
		byte[] content = EvidenceFixtures.phoneRecords();
		EvidenceItem item = intake
			.ingest(new NewUpload(EvidenceKind.PHONE_RECORDS, "tamper-calls.csv", content.length, null,
					null, null, null), new ByteArrayInputStream(content), Actor.staff("tamper.suite"));
		Path blob = properties.directory().resolve("blobs").resolve(items.get(item.id()).storageKey());
		byte[] changed = content.clone();
		changed[3] ^= 0x01;
		blob.toFile().setWritable(true);
		try {
			Files.write(blob, changed);
			assertThat(verification.verify(true).problems()).anySatisfy(p -> assertThat(p)
				.startsWith("Evidence item " + item.id() + " (tamper-calls.csv) changed"));
		}
		finally {
			Files.write(blob, content);
			blob.toFile().setReadOnly();
		}
	}

	@Test
	void aReplacedSigningKeyIsFoundByTheKeyChainAndTheWitnessedCheckpoint() throws Exception {
		KeyPair attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String attackerId = LedgerKey.idOf(attacker.getPublic().getEncoded());
		TreeHead head = new TreeHead(witnessed, new byte[32], Instant.now());
		Report report = tampered(sql -> {
			deleteHeadsFrom(sql, 0);
			sql.sql("delete from custody_signing_key").update();
			sql.sql("insert into custody_signing_key (key_id, public_key, created_at) values (:id, :key, now())")
				.param("id", attackerId).param("key", attacker.getPublic().getEncoded()).update();
			new TreeHeads(sql).insert(
					new SignedTreeHead(head, attackerId, LedgerKey.sign(attacker.getPrivate(), head.signedBytes())));
		});
		assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("The checkpoint of size " + witnessed)
			.contains("the signing key was replaced"));
		assertThat(report.problems())
			.anySatisfy(p -> assertThat(p).startsWith("The first " + witnessed + " events no longer match"));
	}

	@Test
	void aKeyRegisteredBesideTheInstallationKeyIsNotTrusted() throws Exception {
		KeyPair attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String attackerId = LedgerKey.idOf(attacker.getPublic().getEncoded());
		Report report = tampered(sql -> sql
			.sql("""
					insert into custody_signing_key (key_id, public_key, created_at) values (:id, :key, now() + interval '1 day')
					""")
			.param("id", attackerId).param("key", attacker.getPublic().getEncoded()).update());
		assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("Signing key " + attackerId)
			.contains("without a signed transition"));
	}

	@Test
	void aStoredCheckpointThatNoLongerParsesIsRefusedAsDamageToTheLedger() {
		damaged(sql -> sql.sql("update custody_checkpoint set note = 'not a signed note' where tree_size = :s")
			.param("s", witnessed).update(), "checkpoint");
	}

	@Test
	void aStoredCheckpointOfAnotherSizeIsRefusedAsDamageToTheLedger() {
		damaged(sql -> {
			String note = sql.sql("select note from custody_checkpoint where tree_size = :s").param("s", witnessed)
				.query(String.class).single();
			String moved = note.replace("\n" + witnessed + "\n", "\n" + (witnessed + 7) + "\n");
			assertThat(moved).isNotEqualTo(note);
			sql.sql("update custody_checkpoint set note = :n where tree_size = :s").param("n", moved)
				.param("s", witnessed).update();
		}, "checkpoint");
	}

	@Test
	void aStoredCosignatureThatNoLongerParsesIsRefusedAsDamageToTheLedger() {
		damaged(sql -> sql.sql("update custody_cosignature set line = 'a line, not a signature' where tree_size = :s")
			.param("s", witnessed).update(), "cosignature");
	}

	/** Damages the witnessed checkpoint's stored record; the verifier names it, and once rolled back all answers. */
	private void damaged(Consumer<JdbcClient> change, String record) {
		Report report = tampered(change, List.of(), () -> refusedAsDamaged("evidence.ledger.damaged." + record));
		assertThat(report.problems())
			.anySatisfy(p -> assertThat(p).contains("stored " + record).contains("at tree size " + witnessed));
		try {
			mvc.perform(get("/api/public/v1/ledger/checkpoint")).andExpect(status().isOk());
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** While damaged: the checkpoint and a receipt are refused as damage, in the reader's language; the key answers. */
	private void refusedAsDamaged(String key) throws Exception {
		mvc.perform(get("/api/public/v1/ledger/checkpoint").header("Accept-Language", "es"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messageKey").value(key))
			.andExpect(jsonPath("$.detail", containsString("dañad")))
			.andExpect(jsonPath("$.detail", containsString(String.valueOf(witnessed))))
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(get("/api/public/v1/ledger/key")).andExpect(status().isOk());
		assertThatThrownBy(() -> ledger.proveEntry(eventAt(witnessed - 1))).isInstanceOf(Checkpoints.Damaged.class)
			.hasMessageStartingWith(key);
	}

	private CustodyEvent eventAt(long position) {
		return jdbc.sql(
				"select position, id, occurred_at, evidence_id, action, actor, detail from custody_event where position = :p")
			.param("p", position).query(CustodyEvents::event).single();
	}

	private static void deleteHeadsFrom(JdbcClient sql, long size) {
		sql.sql("delete from custody_cosignature where tree_size > :s").param("s", size).update();
		sql.sql("delete from custody_checkpoint where tree_size > :s").param("s", size).update();
		sql.sql("delete from custody_tree_head where tree_size > :s").param("s", size).update();
	}

	private Report tampered(Consumer<JdbcClient> change) {
		return tampered(change, List.of());
	}

	/** Makes the change as an operator with the triggers switched off, verifies, and rolls everything back. */
	private Report tampered(Consumer<JdbcClient> change, List<SignedNote> kept) {
		return tampered(change, kept, () -> {
		});
	}

	/**
	 * Makes the change as an operator with the triggers switched off, checks what readers get while it stands,
	 * verifies, and rolls everything back.
	 */
	private Report tampered(Consumer<JdbcClient> change, List<SignedNote> kept, WhileTampered check) {
		Report report = transaction.execute(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			change.accept(jdbc);
			try {
				check.run();
			}
			catch (Exception ex) {
				throw new AssertionError(ex);
			}
			Report found = verification.verify(false, kept);
			status.setRollbackOnly();
			return found;
		});
		assertThat(report.intact()).isFalse();
		assertThat(verification.verify(false).problems()).as("rolled back").isEmpty();
		return report;
	}

	/** What a test checks while the change stands, before it is rolled back. */
	@FunctionalInterface
	private interface WhileTampered {

		void run() throws Exception;
	}
}
