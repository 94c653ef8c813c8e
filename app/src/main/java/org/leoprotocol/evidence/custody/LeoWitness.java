package org.leoprotocol.evidence.custody;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.ledger.Checkpoint;
import org.leoprotocol.evidence.ledger.NoteSignature;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.evidence.ledger.VerifierKey;
import org.leoprotocol.evidence.ledger.WitnessRequest;
import org.leoprotocol.evidence.ledger.WitnessRules;
import org.leoprotocol.evidence.ledger.WitnessVerdict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leo as a witness (C2SP tlog-witness) for another agency's or a review board's log: it keeps the last checkpoint it
 * cosigned for each known log and cosigns a new one only when the log's key signed it and an RFC 9162 consistency proof
 * shows it extends that one. Its cosignatures are made with the installation key under the witness name
 * ({@code leo.evidence.witness-name}, key type 0x04).
 */
@Service
public class LeoWitness {

	private final JdbcClient jdbc;
	private final LedgerKey key;
	private final String name;
	private final Clock clock;

	LeoWitness(JdbcClient jdbc, LedgerKey key, EvidenceProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.key = key;
		this.name = properties.witnessName();
		this.clock = clock;
		properties.knownLogs().forEach(log -> trust(VerifierKey.parse(log)));
	}

	/** Adds a log to witness, or updates its key; the checkpoint already seen is kept. */
	public void trust(VerifierKey log) {
		jdbc.sql("""
				insert into witness_log (origin, verifier_key, updated_at) values (:origin, :key, :at)
				on conflict (origin) do update set verifier_key = excluded.verifier_key
				""").param("origin", log.name()).param("key", log.toString())
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** This witness's public key, which a log configures to check the cosignatures. */
	public String witnessKey() {
		return key.verifierKey(name, VerifierKey.COSIGNATURE).toString();
	}

	/** Handles one {@code add-checkpoint} request; the answer's status and body follow the protocol. */
	@Transactional
	public Answer addCheckpoint(String body) {
		WitnessRequest request;
		String origin;
		try {
			request = WitnessRequest.parse(body);
			origin = SignedNote.parse(request.checkpoint()).body().split("\n", 2)[0];
		}
		catch (IllegalArgumentException ex) {
			return new Answer(400, ex.getMessage());
		}
		Optional<Known> known = jdbc
			.sql("select verifier_key, tree_size, root_hash from witness_log where origin = :o for update")
			.param("o", origin)
			.query((rs, row) -> new Known(VerifierKey.parse(rs.getString(1)), rs.getLong(2), rs.getBytes(3)))
			.optional();
		if (known.isEmpty()) {
			return new Answer(404, "This witness does not know the log " + origin);
		}
		Optional<Checkpoint> seen = known.get().root() == null ? Optional.empty()
				: Optional.of(new Checkpoint(origin, known.get().size(), known.get().root()));
		WitnessVerdict verdict = WitnessRules.judge(request, known.get().key(), seen);
		if (verdict.cosign().isEmpty()) {
			return new Answer(verdict.status(), verdict.reason());
		}
		Checkpoint next = verdict.cosign().get();
		jdbc.sql("update witness_log set tree_size = :size, root_hash = :root, updated_at = :at where origin = :o")
			.param("size", next.size()).param("root", next.rootHash())
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("o", origin).update();
		long timestamp = clock.instant().getEpochSecond();
		VerifierKey witness = key.verifierKey(name, VerifierKey.COSIGNATURE);
		byte[] signature = key.sign(NoteSignature.cosigned(timestamp, next.body()));
		return new Answer(200, NoteSignature.cosignature(witness, timestamp, signature).line());
	}

	@SuppressWarnings("ArrayRecordComponent") // a root hash compared with Arrays.equals; the record itself is never
												// compared
	private record Known(VerifierKey key, long size, byte[] root) {
	}

	/** An HTTP status and a text/plain body (on 409, the size this witness last cosigned). */
	public record Answer(int status, String body) {

		public byte[] bytes() {
			return body.getBytes(StandardCharsets.UTF_8);
		}
	}
}
