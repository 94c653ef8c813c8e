package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.HistoricalPerson;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.reunification.ReleaseVerification;
import org.leoprotocol.protocol.timeline.ReportedTimes;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * Reads a {@link HistoricalIncident} before anything of it is stored and lists every problem as a sentence the reader
 * reads in their own language, each with where it is (timeline entry 3, escalation 1, the release), so a department can
 * correct its CAD export in one go. A past incident is checked like a live one: its times lie between the report and
 * the closing and not in the future of Leo's clock, in the order they happened; its steps and escalation levels belong
 * to the protocol version it is measured against; its officers are on the roster by badge; its release passes the same
 * verification as a live release ({@link ReleaseVerification}). The parts are checked one by one
 * ({@link TimelineEntriesCheck}, {@link RaisedEscalationsCheck}, {@link ReleaseCheck}, {@link RecordedDecisionsCheck})
 * under the rules they share ({@link IncidentCheck}).
 */
public final class CadImportCheck {

	static final int MAX_CAD_NUMBER = 64;

	private final ProtocolVersion version;
	private final Function<String, Optional<OfficerId>> roster;
	private final Instant now;

	/**
	 * @param version the protocol version the incident names, or {@code null} when there is no such version
	 * @param roster finds an officer by badge number
	 * @param now Leo's clock; times later than this (beyond the devices' drift tolerance) are refused
	 */
	CadImportCheck(ProtocolVersion version, Function<String, Optional<OfficerId>> roster, Instant now) {
		this.version = version;
		this.roster = roster;
		this.now = now.plus(ReportedTimes.TOLERANCE);
	}

	/** The incident as Leo will store it, or the problems that keep it out. */
	public record Checked(List<Sentence> problems, PersonAtRisk person, ReleaseVerification verification,
			Map<String, OfficerId> officers) {

		boolean refused() {
			return !problems.isEmpty();
		}

		OfficerId officer(String badge) {
			return badge == null ? null : officers.get(badge.strip());
		}
	}

	/**
	 * The protocol version an imported incident is measured against: the one it names, the current one when it names
	 * none, none ({@code null}) when it names a version that does not exist.
	 */
	static ProtocolVersion measuredAgainst(Protocols protocols, Integer number) {
		if (number == null) {
			return protocols.current();
		}
		try {
			return protocols.version(number);
		}
		catch (UnknownRecord unknown) {
			return null;
		}
	}

	Checked check(HistoricalIncident incident) {
		IncidentCheck check = new IncidentCheck(version, roster, now);
		if (incident.cadNumber() == null || incident.cadNumber().isBlank()) {
			check.problem("protocol.cad.number.missing");
		}
		else if (incident.cadNumber().strip().length() > MAX_CAD_NUMBER) {
			check.problem("protocol.cad.number.long", String.valueOf(MAX_CAD_NUMBER));
		}
		if (incident.kind() == null) {
			check.problem("protocol.cad.kind.missing", List.of(IncidentKind.values()).toString());
		}
		if (incident.location() == null || incident.location().isBlank()) {
			check.problem("protocol.cad.location.missing");
		}
		else if (incident.location().strip().length() > IncidentDesk.MAX_LOCATION) {
			check.problem("protocol.cad.location.long", String.valueOf(IncidentDesk.MAX_LOCATION));
		}
		if (version == null) {
			check.problem("protocol.cad.version.unknown", String.valueOf(incident.protocolVersion()));
		}
		PersonAtRisk person = person(incident.person(), check);
		Instant reported = incident.reportedAt();
		Instant resolved = incident.resolvedAt();
		if (reported == null) {
			check.problem("protocol.cad.reported.missing");
		}
		check.time(Sentence.of("protocol.cad.where.report"), reported, null, null);
		if (resolved == null) {
			check.problem("protocol.cad.resolved.missing");
		}
		check.time(Sentence.of("protocol.cad.where.closing"), resolved, reported, null);
		Instant end = resolved != null && (reported == null || !resolved.isBefore(reported)) ? resolved : null;
		TimelineEntriesCheck.check(check, incident, person, reported, end);
		RaisedEscalationsCheck.check(check, incident, person, reported, end);
		ReleaseVerification verification = ReleaseCheck.check(check, incident.release(), reported, end);
		RecordedDecisionsCheck.check(check, incident, reported, end);
		return new Checked(List.copyOf(check.problems), person, verification, Map.copyOf(check.officers));
	}

	private static PersonAtRisk person(HistoricalPerson person, IncidentCheck check) {
		if (person == null) {
			check.problem("protocol.cad.person.missing");
			return null;
		}
		try {
			return new PersonAtRisk(person.name(), person.age(), person.description(), person.condition(),
					person.riskFactors());
		}
		catch (InvalidInput refused) {
			check.problem(Sentence.of("protocol.cad.where.person"), refused.sentence());
			return null;
		}
	}
}
