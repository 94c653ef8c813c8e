package org.leoprotocol.protocol;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DescriptionBroadcastTests {

	static final PersonAtRisk LEO = PersonFixtures.aChild(5);

	@Test
	void aBroadcastWithoutTheNameIsIssued() {
		DescriptionBroadcast broadcast = compose("FOUND CHILD, about 5, red jacket, blue sneakers, small dinosaur toy");

		assertThat(broadcast.text()).contains("dinosaur");
	}

	@Test
	void theNameOrAnyPartOfItIsRefusedWhateverItsCase() {
		for (String text : new String[] { "Leo, 5, red jacket", "boy called LEO", "surname miller, red jacket", "Leo Miller" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> compose(text))
				.withMessageStartingWith("A description broadcast must never contain the person's name");
		}
	}

	@Test
	void wordsThatMerelyContainANameAreNotTheName() {
		assertThat(compose("boy near the leopard enclosure, millers' shop").text()).contains("leopard");
	}

	@Test
	void anUnknownNameCannotLeak() {
		assertThat(DescriptionBroadcast.containsName("boy, red jacket", null)).isFalse();
	}

	static DescriptionBroadcast compose(String text) {
		return DescriptionBroadcast.compose(IncidentId.random(), LEO, text, Instant.parse("2026-06-13T14:15:30Z"), "miller");
	}
}
