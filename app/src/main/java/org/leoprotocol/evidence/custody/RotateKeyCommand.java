package org.leoprotocol.evidence.custody;

import java.io.PrintWriter;
import java.util.List;

import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo rotate-ledger-key}: hands the installation's signing identity over to a new key (see
 * {@link KeyRotation}).
 */
@Component
class RotateKeyCommand implements LeoCommand {

	private final KeyRotation rotation;
	private final LedgerKey key;
	private final CustodyLedger ledger;

	RotateKeyCommand(KeyRotation rotation, LedgerKey key, CustodyLedger ledger) {
		this.rotation = rotation;
		this.key = key;
		this.ledger = ledger;
	}

	@Override
	public String name() {
		return "rotate-ledger-key";
	}

	@Override
	public String usage() {
		return "rotate-ledger-key   replace the installation's signing key by a new one, recorded as a transition signed by both";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		if (!key.available()) {
			out.println(key.refusal().orElse("This node has no installation key"));
			return 1;
		}
		out.print(rotation.rotate());
		out.println("The new key is in " + key.file()
				+ ". Copy it to every other node and give the witnesses the new key:");
		out.println("  " + ledger.verifierKey());
		return 0;
	}
}
