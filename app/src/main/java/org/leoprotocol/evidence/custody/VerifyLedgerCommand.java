package org.leoprotocol.evidence.custody;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.evidence.EvidenceCommands;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo verify-ledger [--skip-blobs] [--checkpoint=FILE]}: re-checks the custody ledger, its signed heads and
 * every blob, and the ledger against the newest witnessed checkpoint (stored, kept beside the key, or given).
 */
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
		return "verify-ledger [--skip-blobs] [--checkpoint=FILE]   re-check the custody ledger, its signed heads, witnessed"
				+ " checkpoints and every evidence blob";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		List<SignedNote> kept = new ArrayList<>();
		for (String argument : arguments) {
			if (argument.startsWith("--checkpoint=")) {
				Path file = Path.of(argument.substring("--checkpoint=".length()));
				try {
					kept.add(SignedNote.parse(Files.readString(file)));
				}
				catch (IOException | IllegalArgumentException ex) {
					out.println("Cannot read the checkpoint " + file + ": " + ex.getMessage());
					return 2;
				}
			}
		}
		return commands.verify(!arguments.contains("--skip-blobs"), kept, out);
	}
}
