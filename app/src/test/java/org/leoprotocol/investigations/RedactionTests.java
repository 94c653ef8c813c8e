package org.leoprotocol.investigations;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTests {

	@Test
	void removesEveryKnownNameWholeOrInPartAndContactDetails() {
		String minutes = "The board heard Eleanor Vance. Ms. Vance called from +1 555 0100; write to cora@example.org. "
				+ "Officer MILLER did not answer.";

		assertThat(Redaction.redact(minutes, List.of("Eleanor Vance", "Mark Miller")))
			.isEqualTo("The board heard [redacted]. Ms. [redacted] called from [redacted]; write to [redacted]. "
					+ "Officer [redacted] did not answer.");
	}

	@Test
	void leavesWordsThatOnlyContainANameAlone() {
		assertThat(Redaction.redact("Millerton square", List.of("Miller"))).isEqualTo("Millerton square");
		assertThat(Redaction.redact(null, List.of("Miller"))).isNull();
	}
}
