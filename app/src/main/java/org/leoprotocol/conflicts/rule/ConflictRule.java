package org.leoprotocol.conflicts.rule;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.conflicts.Parties;

/**
 * One reason a person may not act on a record. Impartiality is the rule of every discipline process: the NJ Attorney
 * General's Internal Affairs Policy &amp; Procedures bars anyone with a personal or supervisory stake from an
 * investigation, and the IACP's Model Policy on standards of conduct bars an employee from any official action in which
 * they, a relative or an associate has an interest. Each rule answers its reason, or nothing.
 */
public interface ConflictRule {

	Optional<Conflict> conflict(Decider who, Act act, Parties record);

	/** Every rule, in the order their reasons are said. */
	static List<ConflictRule> all(ChainOfCommand chain) {
		return List.of(new PartyToTheRecordRule(), new DeclaredRelationRule(), new RoleOnTheCaseRule(),
				new ChainOfCommandRule(chain));
	}
}
