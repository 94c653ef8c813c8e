package org.leoprotocol.evidence.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The standalone verifier of an export, runnable with nothing but Java ({@code java -jar leo-verifier.jar FILE
 * [PROOF] [--key=VERIFIER_KEY]}): hashes the file, reads its receipt (by default {@code FILE.proof}) and checks that
 * the ledger recorded this file and that the record is in the checkpoint, signed by the given ledger key (as published
 * at {@code /api/public/v1/ledger/key}). Exit code 0 when it holds, 1 when not, 2 on a usage error.
 */
public final class ExportVerifier {

	private ExportVerifier() {
	}

	public static void main(String[] arguments) {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
		int exit = run(List.of(arguments), out);
		out.flush();
		System.exit(exit);
	}

	public static int run(List<String> arguments, PrintWriter out) {
		List<String> files = arguments.stream().filter(a -> !a.startsWith("--")).toList();
		Optional<String> key = arguments.stream().filter(a -> a.startsWith("--key=")).map(a -> a.substring(6))
			.findFirst();
		if (files.isEmpty() || files.size() > 2) {
			out.println("usage: verify-export FILE [PROOF] [--key=ORIGIN+KEYID+KEY]   (PROOF defaults to FILE.proof)");
			return 2;
		}
		Path file = Path.of(files.get(0));
		Path proofFile = files.size() == 2 ? Path.of(files.get(1)) : Path.of(files.get(0) + ".proof");
		try {
			ExportProof proof = ExportProof.parse(Files.readString(proofFile));
			Optional<VerifierKey> ledgerKey = key.map(VerifierKey::parse);
			List<String> failures = proof.check(sha256(file), ledgerKey);
			List<String> fields = proof.fields();
			Checkpoint checkpoint = Checkpoint.parse(proof.checkpoint().body());
			out.println("Export of evidence " + fields.get(4) + ", recorded as event " + proof.index() + " at "
					+ fields.get(3));
			out.println("Checkpoint: " + checkpoint.origin() + ", " + checkpoint.size() + " events");
			if (failures.isEmpty()) {
				out.println(ledgerKey.isPresent()
						? "VERIFIED: the ledger recorded this file and signed the checkpoint that holds the record."
						: "VERIFIED (unsigned): the record is in the checkpoint; give --key= to check the ledger's signature too.");
				return 0;
			}
			out.println("NOT VERIFIED:");
			failures.forEach(failure -> out.println(" - " + failure));
			return 1;
		}
		catch (IOException | IllegalArgumentException ex) {
			out.println("Cannot check: " + ex.getMessage());
			return 2;
		}
	}

	static byte[] sha256(Path file) throws IOException {
		MessageDigest digest = MerkleHash.sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return digest.digest();
	}
}
