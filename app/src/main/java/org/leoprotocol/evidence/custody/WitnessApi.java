package org.leoprotocol.evidence.custody;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The C2SP tlog-witness endpoint, open to the logs this installation witnesses (they prove themselves by their
 * signatures, not by an account): {@code POST add-checkpoint} answers with a cosignature line, or 409 and the size this
 * witness last saw ({@code text/x.tlog.size}), or 400/403/404/422 with the reason.
 */
@RestController
@RequestMapping("/api/public/v1/witness")
class WitnessApi {

	private static final MediaType TLOG_SIZE = MediaType.parseMediaType("text/x.tlog.size");
	private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private final LeoWitness witness;

	WitnessApi(LeoWitness witness) {
		this.witness = witness;
	}

	@PostMapping("/add-checkpoint")
	ResponseEntity<byte[]> addCheckpoint(@RequestBody(required = false) String body) {
		LeoWitness.Answer answer = witness.addCheckpoint(body == null ? "" : body);
		return ResponseEntity.status(answer.status()).contentType(answer.status() == 409 ? TLOG_SIZE : TEXT)
			.body(answer.bytes());
	}

	@GetMapping(value = "/key", produces = "text/plain")
	String key() {
		return witness.witnessKey() + "\n";
	}
}
