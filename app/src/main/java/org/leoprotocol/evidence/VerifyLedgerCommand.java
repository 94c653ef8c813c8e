package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/** {@code ./leo verify-ledger [--skip-blobs]}: re-checks the custody ledger, its signed heads and every blob. */
@Component
class VerifyLedgerCommand implements LeoCommand {

	private final EvidenceCommands commands;

	VerifyLedgerCommand(EvidenceCommands commands) {
		this.commands = commands;
	}

	@Override
	public String name() {
		return "verify-ledger";
	}

	@Override
	public String usage() {
		return "verify-ledger [--skip-blobs]   re-check the custody ledger, its signed heads and every evidence blob";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		try {
			return commands.run(List.of(name()), arguments.contains("--skip-blobs"), null, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
