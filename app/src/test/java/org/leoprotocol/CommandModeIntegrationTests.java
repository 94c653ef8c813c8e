package org.leoprotocol;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leoprotocol.shared.cli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leo started as {@code ./leo verify-ledger --checkpoint=FILE} (or any other command) starts it: without a web server,
 * on its own embedded database. A bean that only the web application has (the session store, say) must not be required
 * there, or every command of the launcher fails before it begins; and a command's own {@code --name=value} option must
 * reach the command rather than be taken for a Spring property.
 */
class CommandModeIntegrationTests {

	@Test
	void aCommandStartsWithoutTheWebApplicationAndItsOwnOptionReachesIt(@TempDir Path folder) throws Exception {
		String[] onItsOwnDatabase = { "--leo.database.embedded.ephemeral=true",
				"--leo.database.embedded.directory=" + folder.resolve("data"),
				"--leo.database.embedded.server-directory="
						+ Path.of(System.getProperty("java.io.tmpdir")).resolveSibling("postgres-server"),
				"--leo.evidence.directory=" + folder.resolve("evidence"),
				"--leo.evidence.key-file=" + folder.resolve("keys/ledger.key") };
		java.nio.file.Files.writeString(folder.resolve("kept.txt"), "not a checkpoint");

		Run verify = run(
				concat(new String[] { "verify-ledger", "--skip-blobs", "--checkpoint=" + folder.resolve("kept.txt") },
						onItsOwnDatabase));

		assertThat(verify.exitCode()).as(verify.printed()).isEqualTo(2);
		assertThat(verify.printed()).contains("Cannot read the checkpoint " + folder.resolve("kept.txt"));
	}

	private record Run(int exitCode, String printed) {
	}

	private static Run run(String[] args) {
		PrintStream console = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			int code = CommandLine.run(LeoApplication.class, args);
			return new Run(code, printed.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(console);
		}
	}

	private static String[] concat(String[] first, String[] second) {
		String[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
