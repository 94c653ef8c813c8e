package org.leoprotocol.personnel.duty;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandRanksTests {

	@Test
	void ranksAreComparedIgnoringCaseAndSpaces() {
		CommandRanks ranks = new CommandRanks("Chief of Police, Deputy Chief");

		assertThat(ranks.isCommand(" chief of police")).isTrue();
		assertThat(ranks.isCommand("Deputy Chief")).isTrue();
		assertThat(ranks.isCommand("Lieutenant")).isFalse();
		assertThat(ranks.isCommand(null)).isFalse();
	}
}
