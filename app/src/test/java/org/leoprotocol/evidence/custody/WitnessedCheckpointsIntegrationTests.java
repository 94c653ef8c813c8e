package org.leoprotocol.evidence.custody;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.ledger.Checkpoint;
import org.leoprotocol.evidence.ledger.MerkleHash;
import org.leoprotocol.evidence.ledger.MerkleTree;
import org.leoprotocol.evidence.ledger.NoteSignature;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.evidence.ledger.VerifierKey;
import org.leoprotocol.evidence.ledger.WitnessRequest;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The C2SP witness exchange over real HTTP on loopback: this installation witnesses a second agency's log (a log kept
 * by the test with its own key), and sends its own checkpoints to a witness (its own endpoint, standing in for the
 * review board's installation) and keeps the cosignatures.
 */
@LeoIntegrationTest
class WitnessedCheckpointsIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	LeoWitness witness;
	@Autowired
	WitnessSubmissions submissions;
	@Autowired
	CustodyLedger ledger;
	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aSecondInstallationsLogIsWitnessedAndForksAreRefused() throws Exception {
		OtherLog other = new OtherLog("review-board.example/custody");
		witness.trust(other.key);
		VerifierKey witnessKey = VerifierKey.parse(get("/api/public/v1/witness/key"));

		other.append(5);
		HttpResponse<String> first = add(new WitnessRequest(0, List.of(), other.checkpoint(5)));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(NoteSignature.parse(first.body()).orElseThrow().verifies(witnessKey, other.body(5))).isTrue();

		other.append(3);
		assertThat(add(new WitnessRequest(0, List.of(), other.checkpoint(8))).statusCode()).as("stale old size")
			.isEqualTo(409);
		HttpResponse<String> stale = add(new WitnessRequest(2, List.of(), other.checkpoint(8)));
		assertThat(stale.body().strip()).isEqualTo("5");
		assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/x.tlog.size");
		assertThat(add(new WitnessRequest(5, other.tree.consistencyProof(5, 8), other.checkpoint(8))).statusCode())
			.isEqualTo(200);

		OtherLog fork = new OtherLog(other);
		fork.append(9);
		assertThat(add(new WitnessRequest(8, fork.tree.consistencyProof(8, 9), fork.checkpoint(9))).statusCode())
			.as("a forked history").isEqualTo(422);
		OtherLog impostor = new OtherLog("review-board.example/custody");
		impostor.append(9);
		assertThat(add(new WitnessRequest(8, List.of(), impostor.checkpoint(9))).statusCode()).as("another key")
			.isEqualTo(403);
		assertThat(
				add(new WitnessRequest(0, List.of(), new OtherLog("unknown.example/log").checkpoint(0))).statusCode())
			.isEqualTo(404);
		assertThat(add(new WitnessRequest(0, List.of(), "nonsense")).statusCode()).isEqualTo(400);
	}

	@Test
	void leoSendsItsCheckpointsToAWitnessAndPublishesTheCosignature() throws Exception {
		String key = get("/api/public/v1/ledger/key").strip();
		witness.trust(VerifierKey.parse(key));
		submissions.add("http://127.0.0.1:" + port + "/api/public/v1/witness", witness.witnessKey());
		for (int round = 0; round < 2; round++) {
			ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "witnessed round " + round, Actor.leo());
			ledger.publishHead();
			submissions.submitLatest();
			SignedNote published = SignedNote.parse(get("/api/public/v1/ledger/checkpoint"));
			assertThat(published.signedBy(VerifierKey.parse(key))).isPresent();
			assertThat(published.signedBy(VerifierKey.parse(witness.witnessKey()))).as("round " + round).isPresent();
			assertThat(Checkpoint.parse(published.body()).size()).isEqualTo(ledger.size());
		}
	}

	@Test
	void theTransparencyPortalShowsTheCheckpointAndItsKeyInEnglishAndSpanish() throws Exception {
		ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "portal", Actor.leo());
		ledger.publishHead();
		String english = mvc
			.perform(MockMvcRequestBuilders.get("/transparency/ledger").locale(java.util.Locale.ENGLISH))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Custody ledger checkpoint").contains(ledger.verifierKey())
			.contains("\n" + ledger.size() + "\n");
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/transparency/ledger").header("Accept-Language", "es"))
			.andReturn().getResponse().getContentAsString()).contains("Punto de control del registro de custodia");
		assertThat(
				mvc.perform(MockMvcRequestBuilders.get("/transparency")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/transparency/ledger\"");
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> add(WitnessRequest request) throws Exception {
		return http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/public/v1/witness/add-checkpoint"))
					.POST(HttpRequest.BodyPublishers.ofString(request.text())).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Another installation's log, kept in memory with its own key. */
	static final class OtherLog {

		final String origin;
		final KeyPair pair;
		final VerifierKey key;
		final MerkleTree tree = new MerkleTree();

		OtherLog(String origin) throws Exception {
			this.origin = origin;
			this.pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			this.key = VerifierKey.of(origin, VerifierKey.ED25519, pair.getPublic().getEncoded());
		}

		/** A copy with the same key and history, to fork from. */
		OtherLog(OtherLog original) {
			this.origin = original.origin;
			this.pair = original.pair;
			this.key = original.key;
			for (long i = 0; i < original.tree.size() - 1; i++) {
				tree.append(original.tree.leaf(i));
			}
			tree.append(MerkleHash.leaf("a rewritten last entry".getBytes(StandardCharsets.UTF_8)));
		}

		void append(int count) {
			for (int i = 0; i < count; i++) {
				tree.append(MerkleHash.leaf(("entry " + tree.size()).getBytes(StandardCharsets.UTF_8)));
			}
		}

		String body(long size) {
			return new Checkpoint(origin, size, tree.root(size)).body();
		}

		String checkpoint(long size) {
			String body = body(size);
			byte[] signature = LedgerKey.sign(pair.getPrivate(), body.getBytes(StandardCharsets.UTF_8));
			return new SignedNote(body, List.of(new NoteSignature(origin, key.id(), signature))).text();
		}
	}
}
