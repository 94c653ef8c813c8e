package org.leoprotocol.evidence.custody;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.ledger.Checkpoint;
import org.leoprotocol.evidence.ledger.NoteSignature;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.evidence.ledger.VerifierKey;
import org.leoprotocol.evidence.ledger.WitnessRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends each new checkpoint to the configured witnesses ({@code leo.evidence.witnesses}: {@code URL=verifier key}, the
 * URL being the witness's submission prefix) with the consistency proof from the size each last cosigned, and keeps the
 * cosignatures that verify. A 409 answer names the size the witness has seen; one retry from there.
 */
@Component
public class WitnessSubmissions {

	private static final Logger log = LoggerFactory.getLogger(WitnessSubmissions.class);

	private final List<Target> targets = new CopyOnWriteArrayList<>();
	private final Checkpoints checkpoints;
	private final LedgerTree tree;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final java.nio.file.Path keptCopy;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public WitnessSubmissions(Checkpoints checkpoints, LedgerTree tree, JdbcClient jdbc, Clock clock,
			EvidenceProperties properties) {
		this.checkpoints = checkpoints;
		this.tree = tree;
		this.jdbc = jdbc;
		this.clock = clock;
		this.keptCopy = keptCopy(properties);
		properties.witnesses().forEach(w -> add(w.substring(0, w.indexOf('=')), w.substring(w.indexOf('=') + 1)));
	}

	/** Where the newest witnessed checkpoint is also kept, beside the key and outside the database it vouches for. */
	static java.nio.file.Path keptCopy(EvidenceProperties properties) {
		return properties.keyFile().toAbsolutePath().resolveSibling("witnessed-checkpoint.txt");
	}

	List<VerifierKey> keys() {
		return targets.stream().map(Target::key).toList();
	}

	public void add(String url, String verifierKey) {
		Target target = new Target(URI.create(url.endsWith("/") ? url : url + "/").resolve("add-checkpoint"),
				VerifierKey.parse(verifierKey));
		if (!targets.contains(target)) {
			targets.add(target);
		}
	}

	/** Submits the newest checkpoint to every witness that has not cosigned it; returns how many cosigned now. */
	public int submitLatest() {
		SignedNote note = checkpoints.latest().orElse(null);
		if (note == null) {
			return 0;
		}
		int cosigned = 0;
		for (Target target : targets) {
			if (note.signedBy(target.key()).isEmpty() && submit(note, target)) {
				cosigned++;
			}
		}
		return cosigned;
	}

	private boolean submit(SignedNote note, Target target) {
		Checkpoint checkpoint = Checkpoint.parse(note.body());
		long old = jdbc.sql("select coalesce(max(tree_size), 0) from custody_cosignature where witness = :w")
			.param("w", target.key().name()).query(Long.class).single();
		try {
			for (int attempt = 0; attempt < 2; attempt++) {
				String own = new SignedNote(note.body(), note.signatures().subList(0, 1)).text();
				WitnessRequest request = new WitnessRequest(old, tree.consistencyProof(old, checkpoint.size()), own);
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(target.url()).timeout(Duration.ofSeconds(10))
							.POST(HttpRequest.BodyPublishers.ofString(request.text())).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 409 && response.body().strip().matches("[0-9]{1,18}")
						&& Long.parseLong(response.body().strip()) <= checkpoint.size()) {
					old = Long.parseLong(response.body().strip());
					continue;
				}
				if (response.statusCode() != 200) {
					log.warn("Witness {} refused checkpoint {}: {} {}", target.key().name(), checkpoint.size(),
							response.statusCode(), response.body());
					return false;
				}
				return keep(checkpoint, target, response.body());
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			log.warn("Witness {} at {} could not be reached: {}", target.key().name(), target.url(), ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private boolean keep(Checkpoint checkpoint, Target target, String body) {
		for (String line : body.split("\n", -1)) {
			NoteSignature cosignature = NoteSignature.parse(line).orElse(null);
			if (cosignature != null && cosignature.verifies(target.key(), checkpoint.body())) {
				checkpoints.cosigned(checkpoint.size(), cosignature, clock.instant());
				keepCopy(checkpoint.size());
				return true;
			}
		}
		log.warn("Witness {} answered without a valid cosignature of checkpoint {}", target.key().name(),
				checkpoint.size());
		return false;
	}

	private void keepCopy(long size) {
		try {
			if (java.nio.file.Files.exists(keptCopy)
					&& Checkpoint.parse(SignedNote.parse(java.nio.file.Files.readString(keptCopy)).body())
						.size() > size) {
				return;
			}
			java.nio.file.Path temporary = keptCopy.resolveSibling("witnessed-checkpoint.tmp");
			java.nio.file.Files.writeString(temporary, checkpoints.ofSize(size).orElseThrow().text());
			java.nio.file.Files.move(temporary, keptCopy, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | IllegalArgumentException ex) {
			log.warn("Could not keep a copy of the witnessed checkpoint in {}: {}", keptCopy, ex.getMessage());
		}
	}

	private record Target(URI url, VerifierKey key) {
	}
}
