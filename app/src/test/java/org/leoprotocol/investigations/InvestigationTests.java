package org.leoprotocol.investigations;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.WrongState;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leoprotocol.investigations.InvestigationFixtures.aFinding;
import static org.leoprotocol.investigations.InvestigationFixtures.anInvestigationAgainst;

class InvestigationTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/refusals", "messages");
		MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
		MESSAGES.setFallbackToSystemLocale(false);
	}

	/** A refusal's sentence as a reader of the locale reads it, its words and lists said in the same language. */
	private static String said(WrongState refused, Locale locale) {
		return MESSAGES.getMessage(refused.messageKey(), refused.messageArguments(), locale);
	}

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

		assertThatThrownBy(() -> inReview.close(InvestigationFixtures.OPENED)).isInstanceOfSatisfying(WrongState.class,
				refused -> {
					assertThat(said(refused, Locale.ENGLISH)).isEqualTo(
							"Case IA-2026-0001 cannot close: no final finding yet for neglect of duty (allegation "
									+ second.id() + ")");
					assertThat(said(refused, Locale.forLanguageTag("es")))
						.contains("incumplimiento del deber (alegación ");
				});
	}

	@Test
	void refusesChangesTheStateDoesNotAllowAndSaysTheState() {
		Investigation open = anInvestigationAgainst(OfficerId.random());
		Allegation allegation = open.allegations().get(0);

		assertThatThrownBy(() -> open.record(aFinding(allegation, FindingStage.RECOMMENDED, Finding.SUSTAINED)))
			.isInstanceOf(WrongState.class)
			.hasMessageStartingWith(
					"investigations.refused.state.finding [IA-2026-0001, word.case.OPEN, word.findingStage.RECOMMENDED");
		assertThatThrownBy(open::submitForReview)
			.hasMessage("investigations.refused.state.review [IA-2026-0001, word.case.OPEN]");
		assertThatThrownBy(() -> open.close(InvestigationFixtures.OPENED))
			.hasMessage("investigations.refused.state.close [IA-2026-0001, word.case.OPEN]");
	}

	@Test
	void isOverdueOnlyWhileOpenAfterItsDeadline() {
		Investigation investigation = anInvestigationAgainst(OfficerId.random());

		assertThat(investigation.isOverdue(investigation.dueAt().minusSeconds(1))).isFalse();
		assertThat(investigation.isOverdue(investigation.dueAt().plusSeconds(1))).isTrue();
	}
}
