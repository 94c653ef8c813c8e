package org.leoprotocol.earlywarning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlagTests {

	static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static Flag anOpenFlag() {
		return new Flag(UUID.randomUUID(), UUID.randomUUID(), NOW, NOW, 7,
				List.of(org.leoprotocol.earlywarning.reason.FlagReason.read("a reason")), FlagStatus.OPEN, null,
				null,
				null, null, null, null, null);
	}

	@Test
	void goesThroughAcknowledgementPlanAndOutcome() {
		Flag closed = anOpenFlag().acknowledge(Actor.staff("sgt-alvarez"), NOW)
			.planIntervention("Refresher training on missing-person reports; ride-alongs", TODAY.plusMonths(3), TODAY,
					NOW)
			.close("Completed training; no new complaints at follow-up", Actor.staff("sgt-alvarez"), NOW);

		assertThat(closed.status()).isEqualTo(FlagStatus.CLOSED);
		assertThat(closed.followUpOn()).isEqualTo(TODAY.plusMonths(3));
		assertThat(closed.acknowledgedBy()).isEqualTo("sgt-alvarez");
	}

	@Test
	void anInterventionNeedsAnAcknowledgedFlagAndAPlan() {
		assertThatThrownBy(() -> anOpenFlag().planIntervention("plan", null, TODAY, NOW))
			.isInstanceOf(WrongState.class).hasMessage("earlywarning.flag.plan.OPEN");
		assertThatThrownBy(
				() -> anOpenFlag().acknowledge(Actor.staff("s"), NOW).planIntervention(" ", null, TODAY, NOW))
			.isInstanceOf(InvalidInput.class).hasMessage("earlywarning.flag.missing.plan");
	}

	@Test
	void theFollowUpDateLiesAhead() {
		assertThatThrownBy(
				() -> anOpenFlag().acknowledge(Actor.staff("s"), NOW).planIntervention("plan", TODAY, TODAY, NOW))
			.isInstanceOf(InvalidInput.class).hasMessage("earlywarning.flag.follow-up [2026-06-15]");
	}

	@Test
	void anOpenFlagCannotBeClosedUnseen() {
		assertThatThrownBy(() -> anOpenFlag().close("nothing", Actor.staff("s"), NOW)).isInstanceOf(WrongState.class)
			.hasMessage("earlywarning.flag.close.OPEN");
	}
}
