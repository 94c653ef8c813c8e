package org.leoprotocol.investigations.conflict;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.personnel.OfficerId;

/**
 * Nobody investigates an officer of their own unit or of a unit below their own: a supervisor in the accused's chain of
 * command answers for the accused's conduct and may have ordered it. The rule compares the candidate's unit with the
 * accused's unit and every unit above it ({@code Roster.chainOfCommand}).
 */
public final class ChainOfCommandRule implements ConflictRule {

	private final Function<OfficerId, Optional<UUID>> unitOf;
	private final Function<OfficerId, List<UUID>> chainOfCommand;

	public ChainOfCommandRule(Function<OfficerId, Optional<UUID>> unitOf,
			Function<OfficerId, List<UUID>> chainOfCommand) {
		this.unitOf = unitOf;
		this.chainOfCommand = chainOfCommand;
	}

	@Override
	public Optional<String> conflict(Investigator candidate, List<OfficerId> accused) {
		if (candidate.officerId() == null) {
			return Optional.empty();
		}
		Optional<UUID> ownUnit = unitOf.apply(candidate.officerId());
		return ownUnit.flatMap(unit -> accused.stream()
			.filter(officer -> !officer.equals(candidate.officerId()) && chainOfCommand.apply(officer).contains(unit))
			.findFirst()
			.map(officer -> candidate.username() + " is in the chain of command of accused officer " + officer));
	}
}
