package org.leoprotocol.evidence.export;

import java.io.PrintWriter;
import java.util.List;

import org.leoprotocol.evidence.ledger.ExportVerifier;
import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo verify-export FILE [PROOF] [--key=…]}: checks an exported file against its receipt with no use of the
 * database, exactly as the standalone {@code leo-verifier.jar} does ({@link ExportVerifier}).
 */
@Component
class VerifyExportCommand implements LeoCommand {

	@Override
	public String name() {
		return "verify-export";
	}

	@Override
	public String usage() {
		return "verify-export FILE [PROOF] [--key=KEY]   check an export against its receipt (FILE.proof) and the ledger's key";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		return ExportVerifier.run(arguments, out);
	}
}
