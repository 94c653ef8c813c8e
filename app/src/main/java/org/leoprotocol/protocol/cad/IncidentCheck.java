package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.protocol.incident.PersonAtRisk;

/**
 * One historical incident under check: the protocol version it is measured against, the roster, Leo's clock, and what
 * the check found so far, the problems in words and the officers found by badge. The checks of its parts (timeline,
 * escalations, release, decisions) share the rules written here: times between the report and the closing and not in
 * the future, steps of the protocol version that apply to the incident, officers on the roster.
 */
final class IncidentCheck {

	final ProtocolVersion version;
	final List<String> problems = new ArrayList<>();
	final Map<String, OfficerId> officers = new HashMap<>();
	private final Function<String, Optional<OfficerId>> roster;
	private final Instant now;

	IncidentCheck(ProtocolVersion version, Function<String, Optional<OfficerId>> roster, Instant now) {
		this.version = version;
		this.roster = roster;
		this.now = now;
	}

	void problem(String problem) {
		problems.add(problem);
	}

	/** Checks a step code against the protocol version: known, and applying to this kind of incident and person. */
	Optional<String> step(String where, String code, IncidentKind kind, PersonAtRisk person) {
		if (blank(code)) {
			return Optional.of(where + ": the step code is missing");
		}
		if (version == null) {
			return Optional.empty();
		}
		Optional<ProtocolStep> step = version.step(code.strip());
		if (step.isEmpty()) {
			return Optional
				.of(where + ": unknown step code " + code.strip() + " in protocol version " + version.version());
		}
		if (kind != null && person != null && !step.get().appliesTo(kind, person.age())) {
			return Optional
				.of(where + ": step " + code.strip() + " does not apply to this incident under protocol version "
						+ version.version());
		}
		return Optional.empty();
	}

	/** Finds an officer on the roster by badge and remembers him; nothing to check when no badge is named. */
	Optional<String> officer(String where, String badge) {
		if (blank(badge)) {
			return Optional.empty();
		}
		Optional<OfficerId> officer = roster.apply(badge.strip());
		officer.ifPresent(found -> officers.put(badge.strip(), found));
		return officer.isPresent() ? Optional.empty()
				: Optional.of(where + ": no officer with badge number " + badge.strip() + " on the roster");
	}

	/** Checks a reported time: not in the future of Leo's clock, and within the bounds given. */
	void time(String what, Instant at, Instant notBefore, Instant notAfter) {
		if (at == null) {
			return;
		}
		if (at.isAfter(now)) {
			problems.add(what + ": " + at + " lies in the future");
		}
		else if (notBefore != null && at.isBefore(notBefore)) {
			problems.add(what + ": " + at + " is before the report was received (" + notBefore + ")");
		}
		else if (notAfter != null && at.isAfter(notAfter)) {
			problems.add(what + ": " + at + " is after the incident was closed (" + notAfter + ")");
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static String strip(String text) {
		return text == null ? null : text.strip();
	}
}
