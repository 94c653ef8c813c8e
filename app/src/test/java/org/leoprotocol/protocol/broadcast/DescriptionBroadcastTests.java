package org.leoprotocol.protocol.broadcast;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.incident.PersonAtRisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DescriptionBroadcastTests {

	static final PersonAtRisk LEO = PersonFixtures.aChild(5);

	@Test
	void aBroadcastWithoutTheNameIsIssued() {
		DescriptionBroadcast broadcast = compose("FOUND CHILD, about 5, red jacket, blue sneakers, small dinosaur toy");

		assertThat(broadcast.text()).contains("dinosaur");
	}

	@Test
	void theNameOrAnyPartOfItIsRefusedWhateverItsCase() {
		for (String text : new String[] { "Leo, 5, red jacket", "boy called LEO", "surname miller, red jacket",
				"Leo Miller" }) {
			assertThatThrownBy(() -> compose(text)).isInstanceOfSatisfying(BroadcastRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("redaction.broadcast.named"));
		}
	}

	@Test
	void wordsThatMerelyContainANameAreNotTheName() {
		assertThat(compose("boy near the leopard enclosure, millers' shop").text()).contains("leopard");
	}

	@Test
	void theNameIsRefusedHoweverItIsSpelled() {
		for (String text : new String[] { "boy, L3o, red jacket", "L.e.o", "L e o, 5", "L-e-o", "Léo", "Leeeo",
				"M1ller family", "M.i.l.l.e.r" }) {
			assertThatThrownBy(() -> compose(text)).isInstanceOf(BroadcastRefused.class)
				.satisfies(refused -> assertThat(((BroadcastRefused) refused).messageKey())
					.isEqualTo("redaction.broadcast.named"));
		}
	}

	@Test
	void anUnknownNameCannotLeak() {
		PersonAtRisk unnamed = new PersonAtRisk(null, 5, "red jacket", null, null);
		assertThat(DescriptionBroadcast
			.compose(IncidentId.random(), unnamed, "boy, red jacket", Instant.parse("2026-06-13T14:15:30Z"), "miller")
			.text()).isEqualTo("boy, red jacket");
	}

	@Test
	void anExportedTextLosesANameTheBroadcastCheckDidNotKnow() {
		assertThat(DescriptionBroadcast.published("FOUND CHILD near T.h.e.o's school",
				new PersonAtRisk("Theo", 5, "red jacket", null, null)))
			.isEqualTo("FOUND CHILD near [child]'s school");
	}

	static DescriptionBroadcast compose(String text) {
		return DescriptionBroadcast.compose(IncidentId.random(), LEO, text, Instant.parse("2026-06-13T14:15:30Z"),
				"miller");
	}
}
