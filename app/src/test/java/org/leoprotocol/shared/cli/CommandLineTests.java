package org.leoprotocol.shared.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTests {

	@Test
	void noWordStartOrServeStartTheServer() {
		assertThat(CommandLine.isCommand(new String[0])).isFalse();
		assertThat(CommandLine.isCommand(new String[] { "--server.port=9090" })).isFalse();
		assertThat(CommandLine.isCommand(new String[] { "start", "--server.port=9090" })).isFalse();
		assertThat(CommandLine.isCommand(new String[] { "serve" })).isFalse();
	}

	@Test
	void anyOtherWordIsACommandWhereverSpringOptionsStand() {
		assertThat(CommandLine.isCommand(new String[] { "import-roster", "roster.csv" })).isTrue();
		assertThat(CommandLine.isCommand(new String[] { "--spring.datasource.url=jdbc:postgresql:leo", "help" }))
			.isTrue();
	}

	@Test
	void optionsWithoutAnEqualsSignBelongToTheCommand() {
		assertThat(CommandLine
			.commandArguments(new String[] { "--server.port=1", "import", "--mapping", "ccrb", "data.csv" }))
			.containsExactly("--mapping", "ccrb", "data.csv");
	}

	@Test
	void aCommandsOwnOptionWithAValueReachesTheCommandWhileSpringPropertiesDoNot() {
		assertThat(CommandLine.commandArguments(new String[] { "verify-ledger", "--checkpoint=kept.txt", "--skip-blobs",
				"--leo.evidence.head-interval=PT1H" }))
			.containsExactly("--checkpoint=kept.txt", "--skip-blobs");
	}
}
