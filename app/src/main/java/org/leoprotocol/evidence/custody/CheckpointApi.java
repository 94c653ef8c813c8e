package org.leoprotocol.evidence.custody;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The custody ledger's newest checkpoint for everyone, as a C2SP signed note with the witnesses' cosignatures
 * (text/plain), and the key that verifies it. It names sizes and hashes only, never an event, so it is public.
 */
@RestController
@RequestMapping("/api/public/v1/ledger")
class CheckpointApi {

	private final CustodyLedger ledger;

	CheckpointApi(CustodyLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping(value = "/checkpoint", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> checkpoint() {
		return ledger.checkpoint().map(note -> ResponseEntity.ok(note.text()))
			.orElseGet(() -> ResponseEntity.status(404).body("No checkpoint has been signed yet\n"));
	}

	@GetMapping(value = "/key", produces = "text/plain;charset=UTF-8")
	String key() {
		return ledger.verifierKey() + "\n";
	}
}
