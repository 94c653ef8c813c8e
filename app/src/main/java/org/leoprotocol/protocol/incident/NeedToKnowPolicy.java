package org.leoprotocol.protocol.incident;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

/**
 * Who reads an incident, and whose identities they read (least privilege, CJIS Security Policy 5.5.2; the minimum
 * necessary standard for information about children). Command and investigators read every incident. A supervisor reads
 * the incidents of the units he commands (his unit and those below it) with identities; a supervisor assigned to no
 * unit supervises the whole agency. An officer reads the incidents he takes part in and, for coordination, the open
 * incidents of his unit and those nobody is responsible for yet, with identities masked unless his role in the incident
 * needs them. Whoever is accused in a case never reads an identity: the child's, the guardian's or a complainant's.
 */
final class NeedToKnowPolicy {

	private NeedToKnowPolicy() {
	}

	static Sight sight(Actor reader, Standing standing) {
		Sight sight = unmasked(reader, standing);
		return sight == Sight.NAMED && standing.subjectOfACase() ? Sight.MASKED : sight;
	}

	private static Sight unmasked(Actor reader, Standing standing) {
		if (reader.hasAny(Role.COMMAND, Role.INVESTIGATOR)) {
			return Sight.NAMED;
		}
		if (reader.hasAny(Role.SUPERVISOR) && (standing.chainOfCommand() || !standing.readerHasUnit())) {
			return Sight.NAMED;
		}
		if (!reader.hasAny(Role.OFFICER, Role.SUPERVISOR)) {
			return Sight.CLOSED;
		}
		if (standing.identityRole()) {
			return Sight.NAMED;
		}
		boolean coordinating = standing.open() && (standing.unassigned() || standing.sameUnit());
		return standing.party() || coordinating ? Sight.MASKED : Sight.CLOSED;
	}
}
