package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.evidence.LeakTrace.Trace;
import org.leoprotocol.evidence.custody.LedgerVerification.Report;
import org.leoprotocol.evidence.custody.LedgerVerification;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evidence commands of the command line, run by the same jar: {@code leo verify-ledger [--skip-blobs]} re-checks
 * the ledger and the blobs; {@code leo trace FILE} or {@code leo trace --code LEO-XXXXXXXXXX} says which export a
 * leaked file came from. Exit code 0 means intact / found, 1 a problem / no match, 2 a usage error.
 */
@Component
public class EvidenceCommands {

	private final LedgerVerification verification;
	private final LeakTrace trace;
	private final MessageSource messages;

	EvidenceCommands(LedgerVerification verification, LeakTrace trace, MessageSource messages) {
		this.verification = verification;
		this.trace = trace;
		this.messages = messages;
	}

	public int run(List<String> words, boolean skipBlobs, List<String> codes, PrintWriter out) throws IOException {
		if (words.get(0).equals("verify-ledger")) {
			return verify(!skipBlobs, out);
		}
		if (codes != null && !codes.isEmpty()) {
			return report(trace.traceCode(codes.get(0)), out);
		}
		if (words.size() < 2 || !Files.isRegularFile(Path.of(words.get(1)))) {
			out.println("usage: leo trace FILE   or   leo trace --code LEO-XXXXXXXXXX");
			return 2;
		}
		return report(trace.trace(Path.of(words.get(1))), out);
	}

	private int verify(boolean blobs, PrintWriter out) {
		return verify(blobs, List.of(), out);
	}

	/** Verifies, also against checkpoints kept outside the database (signed-note files saved by an auditor). */
	public int verify(boolean blobs, List<org.leoprotocol.evidence.ledger.SignedNote> kept, PrintWriter out) {
		Report report = verification.verify(blobs, kept);
		out.printf("Custody ledger: %d events, %d signed tree heads, %d blobs re-hashed%n", report.events(),
				report.signedHeads(), report.blobs());
		out.println(report.witnessedSize() < 0
				? "No witnessed checkpoint to check against (configure leo.evidence.witnesses)"
				: "Checked against the checkpoint of size " + report.witnessedSize() + " vouched for by "
						+ report.witnessedBy());
		if (report.intact()) {
			out.println("INTACT: every event, signed head and blob matches what was recorded.");
			return 0;
		}
		out.printf("TAMPERING DETECTED: %d problem(s)%n", report.problems().size());
		report.problems().forEach(problem -> out.println(" - " + problem));
		return 1;
	}

	private int report(Trace trace, PrintWriter out) {
		if (trace.sha256() != null) {
			out.println("SHA-256: " + trace.sha256());
		}
		out.println(trace.match() + ": " + messages.getMessage(trace.explanation(), Locale.ENGLISH));
		if (trace.found()) {
			EvidenceExport export = trace.export();
			out.printf("Export %s (LEO-%s) of evidence %s%n  recipient: %s%n  purpose:   %s%n  made by:   %s at %s%n",
					export.id(), export.code(), export.evidence(), export.recipient(), export.purpose(),
					export.requestedBy(),
					export.requestedAt());
		}
		return trace.found() ? 0 : 1;
	}
}
