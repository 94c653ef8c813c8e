package org.leoprotocol.investigations.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseDeadlinesTests {

	final CaseDeadlines deadlines = new CaseDeadlines(null, AgencyTime.in(ZoneOffset.UTC), null,
			Clock.fixed(Instant.parse("2027-03-01T12:00:00Z"), ZoneOffset.UTC));
	final InvestigationId id = InvestigationId.random();
	final LocalDate march = LocalDate.parse("2027-03-01");

	@Test
	void aTollNeedsAReasonAndAnAuthority() {
		assertRefused(
				() -> deadlines.toll(id, DeadlineClock.STATUTORY, march, march,
						new DeadlineAuthority(" ", "Chief", null), Actor.staff("c")),
				"investigations.deadline.refused.noReason");
		assertRefused(
				() -> deadlines.toll(id, DeadlineClock.STATUTORY, march, march,
						new DeadlineAuthority("Leave", null, null), Actor.staff("c")),
				"investigations.deadline.refused.noAuthority");
	}

	@Test
	void aTollCannotEndBeforeItStarts() {
		assertRefused(
				() -> deadlines.toll(id, DeadlineClock.STATUTORY, march, march.minusDays(1), authority(),
						Actor.staff("c")),
				"investigations.deadline.refused.endsBeforeStart");
		assertRefused(() -> deadlines.toll(id, DeadlineClock.STATUTORY, null, march, authority(), Actor.staff("c")),
				"investigations.deadline.refused.noDates");
	}

	@Test
	void anExtensionIsAPositiveNumberOfDays() {
		assertRefused(() -> deadlines.extend(id, DeadlineClock.STATUTORY, 0, authority(), Actor.staff("c")),
				"investigations.deadline.refused.noDays");
		assertRefused(() -> deadlines.extend(id, DeadlineClock.STATUTORY, null, authority(), Actor.staff("c")),
				"investigations.deadline.refused.noDays");
	}

	static DeadlineAuthority authority() {
		return new DeadlineAuthority("Criminal investigation pending (Gov. Code 3304(d)(2)(A))",
				"Chief of Police", "Order 27-3");
	}

	static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
		assertThatThrownBy(change).isInstanceOfSatisfying(DeadlineChangeRefused.class,
				refused -> org.assertj.core.api.Assertions.assertThat(refused.messageKey()).isEqualTo(key));
	}
}
