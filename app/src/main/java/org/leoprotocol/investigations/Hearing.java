package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

/**
 * A hearing on a closed case: a disciplinary hearing, where the board decides a personnel action for the subject
 * officer, or a board review, where the citizen review board concurs with or dissents from the findings. Each member
 * present votes once; the decision is the choice of a strict majority and is final once recorded.
 *
 * @param attendees everyone present, with their role (board member, union representative, investigator...)
 * @param presented what was presented, e.g. the body-camera footage and a witness statement, by reference
 */
public record Hearing(UUID id, InvestigationId investigationId, Purpose purpose, OfficerId subjectOfficer,
		Instant heldAt,
		List<Attendee> attendees, String presented, String minutes, List<Vote> votes, String decision,
		Instant decidedAt) {

	/** Why the hearing is held, and what its members may vote for. */
	public enum Purpose {
		DISCIPLINARY, BOARD_REVIEW;

		public List<String> choices() {
			if (this == BOARD_REVIEW) {
				return List.of("CONCUR", "DISSENT");
			}
			List<String> actions = new java.util.ArrayList<>(
					Arrays.stream(PersonnelAction.values()).map(Enum::name).toList());
			actions.add("NO_ACTION");
			return actions;
		}
	}

	/** Someone present and in what role. */
	public record Attendee(String name, String role) {
	}

	/** One board member's vote. */
	public record Vote(String member, String choice, Instant castAt) {
	}

	public boolean isDecided() {
		return decision != null;
	}

	public boolean unanimous() {
		return !votes.isEmpty() && votes.stream().map(Vote::choice).distinct().count() == 1;
	}

	/** Votes per choice, e.g. {TERMINATION=3}. */
	/** A tally as people read it: "termination 3, suspension 1". */
	static String tallyInWords(Map<String, Long> tally) {
		return String.join(", ", tally.entrySet().stream()
			.map(vote -> vote.getKey().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + " " + vote.getValue())
			.toList());
	}

	public Map<String, Long> tally() {
		return votes.stream()
			.collect(Collectors.groupingBy(Vote::choice, java.util.TreeMap::new, Collectors.counting()));
	}

	String checkVote(String member, String choice) {
		if (isDecided()) {
			throw new WrongState("investigations.refused.hearing.decidedVote", decision);
		}
		if (votes.stream().anyMatch(vote -> vote.member().equals(member))) {
			throw new WrongState("investigations.refused.hearing.voted", member);
		}
		String normalized = choice == null ? "" : choice.strip().toUpperCase(Locale.ROOT);
		if (!purpose.choices().contains(normalized)) {
			throw new InvalidInput("investigations.refused.hearing.choice", choice,
					purpose.name().toLowerCase(Locale.ROOT).replace('_', ' '), purpose.choices().toString());
		}
		return normalized;
	}

	/** The choice of a strict majority of the votes cast; refused without one. */
	String majority() {
		if (isDecided()) {
			throw new WrongState("investigations.refused.hearing.decided", decision);
		}
		return tally().entrySet().stream().filter(entry -> entry.getValue() * 2 > votes.size()).map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new WrongState("investigations.refused.hearing.majority", String.valueOf(votes.size()),
					tally().toString()));
	}

}
