package org.leoprotocol.evidence.custody;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The custody ledger in the transparency portal: the newest signed checkpoint with its witnesses' cosignatures and the
 * key that verifies it, so that anyone can keep a copy and later hold the department to it.
 */
@Controller
class LedgerController {

	private final CustodyLedger ledger;

	LedgerController(CustodyLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/transparency/ledger")
	String checkpoint(Model model) {
		model.addAttribute("checkpoint", ledger.checkpoint().map(note -> note.text()).orElse(""));
		model.addAttribute("key", ledger.verifierKey());
		return "evidence/ledger-checkpoint";
	}
}
