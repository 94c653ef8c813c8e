package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.personnel.OfficerId;

/** Investigations in a given state, without Spring. */
final class InvestigationFixtures {

	static final Instant OPENED = Instant.parse("2026-03-14T15:00:00Z");

	private InvestigationFixtures() {
	}

	static Investigation anInvestigationAgainst(OfficerId... officers) {
		List<Allegation> allegations = java.util.Arrays.stream(officers)
			.map(officer -> new Allegation(AllegationId.random(), officer, Category.NEGLECT_OF_DUTY,
					"Left a lost child alone", null, null))
			.toList();
		return new Investigation(InvestigationId.random(), "IA-2026-0001", CaseType.CITIZEN_COMPLAINT, null,
				InvestigationStatus.OPEN,
				"Lost child ignored", "test", OPENED, OPENED.plusSeconds(180L * 86400), null, null, allegations);
	}

	static FindingRecord aFinding(Allegation allegation, FindingStage stage, Finding finding) {
		return new FindingRecord(allegation.id(), stage, finding, finding.name(), null, "test", OPENED);
	}
}
