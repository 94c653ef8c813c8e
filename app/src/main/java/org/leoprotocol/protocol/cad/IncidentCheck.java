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
import org.leoprotocol.shared.phrase.Sentence;

/**
 * One historical incident under check: the protocol version it is measured against, the roster, Leo's clock, and what
 * the check found so far, the problems (message keys with arguments, each said in the reader's language) and the
 * officers found by badge. The checks of its parts (timeline, escalations, release, decisions) share the rules written
 * here: times between the report and the closing and not in the future, steps of the protocol version that apply to the
 * incident, officers on the roster.
 */
final class IncidentCheck {

	/** {0}: {1}, a problem said with where it is (timeline entry 3, the release). */
	static final String AT = "protocol.cad.at";

	final ProtocolVersion version;
	final List<Sentence> problems = new ArrayList<>();
	final Map<String, OfficerId> officers = new HashMap<>();
	private final Function<String, Optional<OfficerId>> roster;
	private final Instant now;

	IncidentCheck(ProtocolVersion version, Function<String, Optional<OfficerId>> roster, Instant now) {
		this.version = version;
		this.roster = roster;
		this.now = now;
	}

	void problem(String key, Object... arguments) {
		problems.add(Sentence.of(key, arguments));
	}

	/** A problem of a part of the incident, said with where it is. */
	void problem(Sentence where, Sentence problem) {
		problems.add(at(where, problem));
	}

	static Sentence at(Sentence where, Sentence problem) {
		return Sentence.of(AT, where, problem);
	}

	static Sentence at(Sentence where, String key, Object... arguments) {
		return at(where, Sentence.of(key, arguments));
	}

	/** Checks a step code against the protocol version: known, and applying to this kind of incident and person. */
	Optional<Sentence> step(Sentence where, String code, IncidentKind kind, PersonAtRisk person) {
		if (blank(code)) {
			return Optional.of(at(where, "protocol.cad.step.missing"));
		}
		if (version == null) {
			return Optional.empty();
		}
		Optional<ProtocolStep> step = version.step(code.strip());
		if (step.isEmpty()) {
			return Optional.of(at(where, "protocol.cad.step.unknown", code.strip(), String.valueOf(version.version())));
		}
		if (kind != null && person != null && !step.get().appliesTo(kind, person.age())) {
			return Optional
				.of(at(where, "protocol.cad.step.notApplying", code.strip(), String.valueOf(version.version())));
		}
		return Optional.empty();
	}

	/** Finds an officer on the roster by badge and remembers him; nothing to check when no badge is named. */
	Optional<Sentence> officer(Sentence where, String badge) {
		if (blank(badge)) {
			return Optional.empty();
		}
		Optional<OfficerId> officer = roster.apply(badge.strip());
		officer.ifPresent(found -> officers.put(badge.strip(), found));
		return officer.isPresent() ? Optional.empty()
				: Optional.of(at(where, "protocol.cad.officer.unknown", badge.strip()));
	}

	/** Checks a reported time: not in the future of Leo's clock, and within the bounds given. */
	void time(Sentence what, Instant at, Instant notBefore, Instant notAfter) {
		if (at == null) {
			return;
		}
		if (at.isAfter(now)) {
			problems.add(at(what, "protocol.cad.time.future", at.toString()));
		}
		else if (notBefore != null && at.isBefore(notBefore)) {
			problems.add(at(what, "protocol.cad.time.beforeReport", at.toString(), notBefore.toString()));
		}
		else if (notAfter != null && at.isAfter(notAfter)) {
			problems.add(at(what, "protocol.cad.time.afterClosing", at.toString(), notAfter.toString()));
		}
	}

	/** The time of a part is missing. */
	void timeMissing(Sentence where) {
		problem(where, Sentence.of("protocol.cad.time.missing"));
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static String strip(String text) {
		return text == null ? null : text.strip();
	}
}
