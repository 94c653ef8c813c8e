package org.leoprotocol.earlywarning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.leoprotocol.earlywarning.reason.FlagOutcome;
import org.leoprotocol.earlywarning.reason.FlagReason;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

/**
 * A prompt for a supervisor to look at an officer, with the reasons the rules gave, strongest first. A flag disciplines
 * no one: it opens a review in which a supervisor acknowledges it, may plan an intervention (training, counselling,
 * closer supervision) with a date to check on it, and closes it with an outcome. While a flag is open its reasons and
 * score follow the officer's record; once closed, new reasons raise a new flag.
 */
public record Flag(UUID id, UUID officerId, Instant raisedAt, Instant updatedAt, double score, List<FlagReason> reasons,
		FlagStatus status, String acknowledgedBy, Instant acknowledgedAt, String interventionPlan, LocalDate followUpOn,
		FlagOutcome outcome, String closedBy, Instant closedAt) {

	static final int MAX_TEXT = 4000;

	/** The reasons' keys and arguments, one line each as the flag stores them, beside the sentences. */
	@JsonProperty("reasonKeys")
	public List<String> reasonKeys() {
		return reasons.stream().map(FlagReason::stored).toList();
	}

	Flag acknowledge(Actor by, Instant at) {
		if (status != FlagStatus.OPEN) {
			throw new WrongState("earlywarning.flag.acknowledge." + status.name());
		}
		return new Flag(id, officerId, raisedAt, at, score, reasons, FlagStatus.ACKNOWLEDGED, by.username(), at,
				interventionPlan,
				followUpOn, outcome, closedBy, closedAt);
	}

	/** Plans an intervention; {@code followUp}, when given, must be after {@code today}. */
	Flag planIntervention(String plan, LocalDate followUp, LocalDate today, Instant at) {
		if (status != FlagStatus.ACKNOWLEDGED && status != FlagStatus.INTERVENTION_PLANNED) {
			throw new WrongState("earlywarning.flag.plan." + status.name());
		}
		if (followUp != null && !followUp.isAfter(today)) {
			throw new InvalidInput("earlywarning.flag.follow-up", today.toString());
		}
		return new Flag(id, officerId, raisedAt, at, score, reasons, FlagStatus.INTERVENTION_PLANNED, acknowledgedBy,
				acknowledgedAt, text(plan, "plan"), followUp, outcome, closedBy, closedAt);
	}

	Flag close(String result, Actor by, Instant at) {
		if (status == FlagStatus.OPEN || status == FlagStatus.CLOSED) {
			throw new WrongState("earlywarning.flag.close." + status.name());
		}
		return new Flag(id, officerId, raisedAt, at, score, reasons, FlagStatus.CLOSED, acknowledgedBy, acknowledgedAt,
				interventionPlan, followUpOn, FlagOutcome.written(text(result, "outcome")), by.username(), at);
	}

	/** The written text of a review step ({@code field}: plan or outcome), stripped. */
	private static String text(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput("earlywarning.flag.missing." + field);
		}
		if (value.strip().length() > MAX_TEXT) {
			throw new InvalidInput("earlywarning.flag.long." + field, String.valueOf(MAX_TEXT));
		}
		return value.strip();
	}
}
