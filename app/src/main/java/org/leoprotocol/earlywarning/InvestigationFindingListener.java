package org.leoprotocol.earlywarning;

import java.time.Clock;
import java.time.LocalDate;

import org.leoprotocol.earlywarning.reason.AllegationSaid;
import org.leoprotocol.investigations.Allegation;
import org.leoprotocol.investigations.FindingRecorded;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.shared.Actor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts the final finding on each allegation of Leo's own investigations in the officer's early-warning history. An
 * investigator's recommendation is not yet a finding and is left alone. The case stands for the complaint (its number
 * is the reference, the day it opened the day the complaint arrived) and the day of the final finding closes it. The
 * allegation's id keeps it apart from the case's other allegations, so a finding delivered again changes nothing, and a
 * final finding changed in review replaces the earlier one.
 */
@Component
class InvestigationFindingListener {

	private final PerformanceEntries entries;
	private final Investigations investigations;
	private final Clock clock;

	InvestigationFindingListener(PerformanceEntries entries, Investigations investigations, Clock clock) {
		this.entries = entries;
		this.investigations = investigations;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(FindingRecorded recorded) {
		if (recorded.stage() != FindingStage.FINAL) {
			return;
		}
		Investigation investigation = investigations.read(recorded.investigationId(),
				EarlyWarning.ITSELF);
		entries.recordAllegation(
				allegation(investigation, investigation.allegation(recorded.allegationId()), recorded.finding(),
						recorded.recordedAt()),
				EarlyWarning.ITSELF);
	}

	/**
	 * The early-warning allegation for a final finding of a case; the backfill builds the very same one, so a finding
	 * recorded live and found again by the backfill is stored once.
	 */
	NewAllegation allegation(Investigation investigation, Allegation allegation,
			org.leoprotocol.investigations.Finding finding,
			java.time.Instant recordedAt) {
		return new NewAllegation(allegation.officerId(), investigation.caseNumber(), date(investigation.openedAt()),
				date(recordedAt),
				category(allegation.category()), description(allegation), Finding.valueOf(finding.name()));
	}

	/** Leo's categories beyond the FADO four and neglect of duty have no early-warning category of their own. */
	static Category category(org.leoprotocol.investigations.Category category) {
		return switch (category) {
			case FORCE -> Category.FORCE;
			case ABUSE_OF_AUTHORITY -> Category.ABUSE_OF_AUTHORITY;
			case DISCOURTESY -> Category.DISCOURTESY;
			case OFFENSIVE_LANGUAGE -> Category.OFFENSIVE_LANGUAGE;
			case NEGLECT_OF_DUTY -> Category.NEGLECT_OF_DUTY;
			default -> Category.OTHER;
		};
	}

	/**
	 * Leo's sentence naming the allegation's category and identifier, each reader reading the category in their own
	 * language, with the allegation's description below it as it was typed.
	 */
	private static String description(Allegation allegation) {
		return AllegationSaid.stored(allegation.category(), allegation.id(), allegation.description());
	}

	private LocalDate date(java.time.Instant instant) {
		return LocalDate.ofInstant(instant, clock.getZone());
	}
}
