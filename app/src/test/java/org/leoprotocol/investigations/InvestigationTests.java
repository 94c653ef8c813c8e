package org.leoprotocol.investigations;

import org.junit.jupiter.api.Test;
import org.leoprotocol.personnel.OfficerId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leoprotocol.investigations.InvestigationFixtures.aFinding;
import static org.leoprotocol.investigations.InvestigationFixtures.anInvestigationAgainst;

class InvestigationTests {

	@Test
	void goesFromAssignmentThroughReviewToClosure() {
		Investigation investigation = anInvestigationAgainst(OfficerId.random()).assign("ia-1");
		Allegation allegation = investigation.allegations().get(0);

		Investigation closed = investigation.record(aFinding(allegation, FindingStage.RECOMMENDED, Finding.SUSTAINED))
			.submitForReview()
			.record(aFinding(allegation, FindingStage.FINAL, Finding.SUSTAINED))
			.close(InvestigationFixtures.OPENED.plusSeconds(60));

		assertThat(closed.status()).isEqualTo(InvestigationStatus.CLOSED);
		assertThat(closed.allegations().get(0).recommended().finding()).isEqualTo(Finding.SUSTAINED);
	}

	@Test
	void refusesToCloseWithoutAFinalFindingPerAllegation() {
		Investigation investigation = anInvestigationAgainst(OfficerId.random(), OfficerId.random()).assign("ia-1");
		Allegation first = investigation.allegations().get(0);
		Allegation second = investigation.allegations().get(1);
		Investigation inReview = investigation.record(aFinding(first, FindingStage.RECOMMENDED, Finding.NOT_SUSTAINED))
			.record(aFinding(second, FindingStage.RECOMMENDED, Finding.UNFOUNDED))
			.submitForReview()
			.record(aFinding(first, FindingStage.FINAL, Finding.NOT_SUSTAINED));

		assertThatThrownBy(() -> inReview.close(InvestigationFixtures.OPENED)).isInstanceOf(IllegalStateException.class)
			.hasMessage("Case IA-2026-0001 cannot close: no final finding yet for neglect of duty (allegation "
					+ second.id() + ")");
	}

	@Test
	void refusesChangesTheStateDoesNotAllowAndSaysTheState() {
		Investigation open = anInvestigationAgainst(OfficerId.random());
		Allegation allegation = open.allegations().get(0);

		assertThatThrownBy(() -> open.record(aFinding(allegation, FindingStage.RECOMMENDED, Finding.SUSTAINED)))
			.hasMessageStartingWith("Case IA-2026-0001 is open; cannot record a recommended finding");
		assertThatThrownBy(open::submitForReview)
			.hasMessage("Case IA-2026-0001 is open; cannot submit the findings for review");
		assertThatThrownBy(() -> open.close(InvestigationFixtures.OPENED))
			.hasMessage("Case IA-2026-0001 is open; cannot close it");
	}

	@Test
	void isOverdueOnlyWhileOpenAfterItsDeadline() {
		Investigation investigation = anInvestigationAgainst(OfficerId.random());

		assertThat(investigation.isOverdue(investigation.dueAt().minusSeconds(1))).isFalse();
		assertThat(investigation.isOverdue(investigation.dueAt().plusSeconds(1))).isTrue();
	}
}
