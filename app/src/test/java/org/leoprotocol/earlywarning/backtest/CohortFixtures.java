package org.leoprotocol.earlywarning.backtest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.earlywarning.Indicators;

/**
 * Small hand-made cohorts on 2018-01-01: officers with the complaint counts a test needs, and who turned out positive.
 */
final class CohortFixtures {

	static final LocalDate AS_OF = LocalDate.of(2018, 1, 1);

	private final List<Indicators> officers = new ArrayList<>();
	private final Set<UUID> positives = new HashSet<>();
	private final Set<UUID> firstTimers = new HashSet<>();

	static CohortFixtures aCohort() {
		return new CohortFixtures();
	}

	/** An officer with complaints in the last 1, 2 and 5 years and in the 12-month threshold window (= last year). */
	CohortFixtures officer(String externalId, int lastYear, int lastTwoYears, int lastFiveYears, boolean positive) {
		Indicators officer = new Indicators(UUID.nameUUIDFromBytes(externalId.getBytes(StandardCharsets.UTF_8)),
				"TEST-PD", externalId,
				externalId, null,
				"Police Officer", null, null, AS_OF, lastYear, lastTwoYears, lastFiveYears, lastYear, lastYear, 0, 0,
				null, 0, 0, null,
				0, 0, 1);
		officers.add(officer);
		if (positive) {
			positives.add(officer.officerId());
			if (lastFiveYears == 0) {
				firstTimers.add(officer.officerId());
			}
		}
		return this;
	}

	/** {@code count} officers with no complaint, none of them positive. */
	CohortFixtures quiet(int count) {
		for (int i = 0; i < count; i++) {
			officer("quiet-" + i, 0, 0, 0, false);
		}
		return this;
	}

	Cohort cohort() {
		return new Cohort("TEST-PD", AS_OF, officers, 0);
	}

	Outcome outcome() {
		return new Outcome(AS_OF, AS_OF.plusYears(1), positives, firstTimers);
	}

	static UUID id(String externalId) {
		return UUID.nameUUIDFromBytes(externalId.getBytes(StandardCharsets.UTF_8));
	}
}
