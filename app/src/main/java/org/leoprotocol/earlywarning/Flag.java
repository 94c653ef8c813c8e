package org.leoprotocol.earlywarning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A prompt for a supervisor to look at an officer, with the reasons the rules gave, strongest first. A flag disciplines
 * no one: it opens a review in which a supervisor acknowledges it, may plan an intervention (training, counselling,
 * closer supervision) with a date to check on it, and closes it with an outcome. While a flag is open its reasons and
 * score follow the officer's record; once closed, new reasons raise a new flag.
 */
public record Flag(UUID id, UUID officerId, Instant raisedAt, Instant updatedAt, double score, List<String> reasons,
		FlagStatus status, String acknowledgedBy, Instant acknowledgedAt, String interventionPlan, LocalDate followUpOn,
		String outcome, String closedBy, Instant closedAt) {

	static final int MAX_TEXT = 4000;

	Flag acknowledge(String by, Instant at) {
		if (status != FlagStatus.OPEN) {
			throw new IllegalStateException(
					"This flag is " + status.phrase() + "; only an open flag can be acknowledged");
		}
		return new Flag(id, officerId, raisedAt, at, score, reasons, FlagStatus.ACKNOWLEDGED, by, at, interventionPlan,
				followUpOn, outcome, closedBy, closedAt);
	}

	/** Plans an intervention; {@code followUp}, when given, must be after {@code today}. */
	Flag planIntervention(String plan, LocalDate followUp, LocalDate today, Instant at) {
		if (status != FlagStatus.ACKNOWLEDGED && status != FlagStatus.INTERVENTION_PLANNED) {
			throw new IllegalStateException(
					"This flag is " + status.phrase() + "; acknowledge it before planning an intervention");
		}
		if (followUp != null && !followUp.isAfter(today)) {
			throw new IllegalArgumentException("The follow-up date must be after today (" + today + ")");
		}
		return new Flag(id, officerId, raisedAt, at, score, reasons, FlagStatus.INTERVENTION_PLANNED, acknowledgedBy,
				acknowledgedAt, text(plan, "An intervention plan"), followUp, outcome, closedBy, closedAt);
	}

	Flag close(String result, String by, Instant at) {
		if (status == FlagStatus.OPEN || status == FlagStatus.CLOSED) {
			throw new IllegalStateException(
					"This flag is " + status.phrase() + "; only an acknowledged flag can be closed");
		}
		return new Flag(id, officerId, raisedAt, at, score, reasons, FlagStatus.CLOSED, acknowledgedBy, acknowledgedAt,
				interventionPlan, followUpOn, text(result, "The outcome"), by, at);
	}

	private static String text(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " must be written down");
		}
		if (value.strip().length() > MAX_TEXT) {
			throw new IllegalArgumentException(what + " may have at most " + MAX_TEXT + " characters");
		}
		return value.strip();
	}
}
