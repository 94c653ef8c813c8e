package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.reunification.IdentityDocument;
import org.leoprotocol.protocol.reunification.ReleaseVerification;
import org.leoprotocol.protocol.reunification.Reunification;
import org.leoprotocol.protocol.timeline.ReportedTimes;
import org.leoprotocol.protocol.timeline.ResponseLog;

/**
 * Reads a {@link HistoricalIncident} before anything of it is stored and lists every problem in words, each with where
 * it is (timeline entry 3, escalation 1, the release), so a department can correct its CAD export in one go. A past
 * incident is checked like a live one: its times lie between the report and the closing and not in the future of Leo's
 * clock, in the order they happened; its steps and escalation levels belong to the protocol version it is measured
 * against; its officers are on the roster by badge; its release passes the same verification as a live release
 * ({@link ReleaseVerification}).
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
	public CadImportCheck(ProtocolVersion version, Function<String, Optional<OfficerId>> roster, Instant now) {
		this.version = version;
		this.roster = roster;
		this.now = now.plus(ReportedTimes.TOLERANCE);
	}

	/** The incident as Leo will store it, or the problems that keep it out. */
	public record Checked(List<String> problems, PersonAtRisk person, ReleaseVerification verification,
			Map<String, OfficerId> officers) {

		boolean refused() {
			return !problems.isEmpty();
		}

		public OfficerId officer(String badge) {
			return badge == null ? null : officers.get(badge.strip());
		}
	}

	public Checked check(HistoricalIncident incident) {
		List<String> problems = new ArrayList<>();
		Map<String, OfficerId> officers = new HashMap<>();
		if (incident.cadNumber() == null || incident.cadNumber().isBlank()) {
			problems.add("the CAD incident number is missing");
		}
		else if (incident.cadNumber().strip().length() > MAX_CAD_NUMBER) {
			problems.add("the CAD incident number may have at most " + MAX_CAD_NUMBER + " characters");
		}
		if (incident.kind() == null) {
			problems.add("the kind is missing (one of " + List.of(IncidentKind.values()) + ")");
		}
		if (incident.location() == null || incident.location().isBlank()) {
			problems.add("the location is missing");
		}
		else if (incident.location().strip().length() > IncidentDesk.MAX_LOCATION) {
			problems.add("the location may have at most " + IncidentDesk.MAX_LOCATION + " characters");
		}
		if (version == null) {
			problems.add("there is no protocol version " + incident.protocolVersion());
		}
		PersonAtRisk person = person(incident.person(), problems);
		Instant reported = incident.reportedAt();
		Instant resolved = incident.resolvedAt();
		if (reported == null) {
			problems.add("the time the report was received (reportedAt) is missing");
		}
		time("the report", reported, null, null, problems);
		if (resolved == null) {
			problems
				.add("the time the incident was closed (resolvedAt) is missing; only closed incidents are imported");
		}
		time("the closing", resolved, reported, null, problems);
		Instant end = resolved != null && (reported == null || !resolved.isBefore(reported)) ? resolved : null;
		timeline(incident, person, reported, end, officers, problems);
		escalations(incident, person, reported, end, problems);
		ReleaseVerification verification = release(incident.release(), reported, end, officers, problems);
		decisions(incident, reported, end, officers, problems);
		return new Checked(List.copyOf(problems), person, verification, Map.copyOf(officers));
	}

	private PersonAtRisk person(HistoricalIncident.Person person, List<String> problems) {
		if (person == null) {
			problems.add("the person is missing (at least a description)");
			return null;
		}
		try {
			return new PersonAtRisk(person.name(), person.age(), person.description(), person.condition(),
					person.riskFactors());
		}
		catch (IllegalArgumentException refused) {
			problems.add("the person: " + refused.getMessage());
			return null;
		}
	}

	private void timeline(HistoricalIncident incident, PersonAtRisk person, Instant reported, Instant end,
			Map<String, OfficerId> officers, List<String> problems) {
		Instant previous = null;
		for (int i = 0; i < incident.timeline().size(); i++) {
			HistoricalIncident.Entry entry = incident.timeline().get(i);
			String where = "timeline entry " + (i + 1);
			if (entry == null) {
				problems.add(where + " is empty");
				continue;
			}
			if (entry.type() == null || !HistoricalIncident.TIMELINE_TYPES.contains(entry.type())) {
				problems.add(where + ": the type must be one of "
						+ HistoricalIncident.TIMELINE_TYPES.stream().map(Enum::name).sorted().toList());
			}
			if (entry.at() == null) {
				problems.add(where + ": the time is missing");
			}
			time(where, entry.at(), reported, end, problems);
			if (entry.at() != null && previous != null && entry.at().isBefore(previous)) {
				problems.add(where + ": the times are out of order (" + entry.at() + " comes after an entry at "
						+ previous + ")");
			}
			previous = entry.at() == null ? previous : entry.at();
			if (entry.type() != null && (entry.type().dispatch() || entry.type().camera()) && blank(entry.badge())) {
				problems.add(where + ": name the officer by badge number");
			}
			if (entry.type() != null && entry.type().camera() && blank(entry.device())) {
				problems.add(where + ": name the body-camera device");
			}
			if (entry.type() == TimelineEventType.STEP_DONE) {
				step(where, entry.step(), incident.kind(), person).ifPresent(problems::add);
			}
			if (entry.detail() != null && entry.detail().strip().length() > ResponseLog.MAX_NOTE) {
				problems.add(where + ": a note may have at most " + ResponseLog.MAX_NOTE + " characters");
			}
			if (entry.detail() != null && person != null && person.nameKnown()
					&& entry.detail().toLowerCase().contains(person.name().toLowerCase())) {
				problems.add(where + ": a note must never contain the person's name");
			}
			officer(where, entry.badge(), officers).ifPresent(problems::add);
		}
	}

	private void escalations(HistoricalIncident incident, PersonAtRisk person, Instant reported, Instant end,
			List<String> problems) {
		for (int i = 0; i < incident.escalations().size(); i++) {
			HistoricalIncident.RaisedEscalation escalation = incident.escalations().get(i);
			String where = "escalation " + (i + 1);
			if (escalation == null) {
				problems.add(where + " is empty");
				continue;
			}
			if (escalation.at() == null) {
				problems.add(where + ": the time is missing");
			}
			time(where, escalation.at(), reported, end, problems);
			Optional<String> unknownStep = step(where, escalation.step(), incident.kind(), person);
			unknownStep.ifPresent(problems::add);
			if (unknownStep.isEmpty() && version != null
					&& version.step(escalation.step()).orElseThrow().escalations().stream()
						.noneMatch(level -> level.level() == escalation.level())) {
				problems.add(where + ": step " + escalation.step() + " has no escalation level " + escalation.level()
						+ " in protocol version " + version.version());
			}
		}
	}

	private void decisions(HistoricalIncident incident, Instant reported, Instant end, Map<String, OfficerId> officers,
			List<String> problems) {
		for (int i = 0; i < incident.decisions().size(); i++) {
			HistoricalIncident.RecordedDecision decision = incident.decisions().get(i);
			String where = "decision " + (i + 1);
			if (decision == null) {
				problems.add(where + " is empty");
				continue;
			}
			if (decision.decision() == null) {
				problems.add(where + ": say which decision (one of " + List.of(DecisionKind.values()) + ")");
			}
			int length = decision.reason() == null ? 0 : decision.reason().strip().length();
			if (length < Reunification.MIN_REASON || length > Reunification.MAX_REASON) {
				problems.add(where + ": give the reason in " + Reunification.MIN_REASON + " to "
						+ Reunification.MAX_REASON + " characters");
			}
			if (decision.at() == null) {
				problems.add(where + ": the time is missing");
			}
			time(where, decision.at(), reported, end, problems);
			officer(where, decision.badge(), officers).ifPresent(problems::add);
		}
	}

	private ReleaseVerification release(HistoricalIncident.Release release, Instant reported, Instant end,
			Map<String, OfficerId> officers, List<String> problems) {
		if (release == null) {
			return null;
		}
		if (release.at() == null) {
			problems.add("the release: the time is missing");
		}
		time("the release", release.at(), reported, end, problems);
		officer("the release", release.verifyingBadge(), officers).ifPresent(problems::add);
		officer("the release", release.confirmingBadge(), officers).ifPresent(problems::add);
		IdentityDocument document = null;
		if (release.document() != null) {
			try {
				document = new IdentityDocument(release.document().type(), release.document().issuer(),
						release.document().lastFour());
			}
			catch (IllegalArgumentException refused) {
				problems.add("the release: " + refused.getMessage());
				return null;
			}
		}
		ReleaseVerification verification = new ReleaseVerification(release.claimantName(), release.relationship(),
				document,
				release.photoMatches(), release.recognition(), release.recognitionNote(), release.custodyClear(),
				release.authorisationSource(), officers.get(strip(release.verifyingBadge())),
				officers.get(strip(release.confirmingBadge())));
		if (blank(release.verifyingBadge()) || officers.containsKey(strip(release.verifyingBadge()))) {
			try {
				verification.requireSufficient();
			}
			catch (IllegalArgumentException refused) {
				problems.add("the release: " + refused.getMessage());
			}
		}
		return verification;
	}

	private Optional<String> step(String where, String code, IncidentKind kind, PersonAtRisk person) {
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

	private Optional<String> officer(String where, String badge, Map<String, OfficerId> officers) {
		if (blank(badge)) {
			return Optional.empty();
		}
		Optional<OfficerId> officer = roster.apply(badge.strip());
		officer.ifPresent(found -> officers.put(badge.strip(), found));
		return officer.isPresent() ? Optional.empty()
				: Optional.of(where + ": no officer with badge number " + badge.strip() + " on the roster");
	}

	private void time(String what, Instant at, Instant notBefore, Instant notAfter, List<String> problems) {
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

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}
}
