package org.leoprotocol.personnel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.leoprotocol.personnel.web.OfficerRow;
import org.leoprotocol.personnel.web.OfficerView;
import org.leoprotocol.personnel.web.OfficerView.HistoryRow;
import org.leoprotocol.personnel.web.OfficerView.StatusForm;

import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Phrase;

import org.springframework.stereotype.Component;

/** Turns roster records into the view records the personnel pages render. */
@Component
class OfficerViews {

	private static final String STATUS = "personnel.status.";
	private static final String ACTION = "personnel.action.";

	private final Roster roster;
	private final PersonnelActions actions;
	private final Clock clock;
	private final ZoneId zone;
	private final AgencyTime agencyTime;

	OfficerViews(Roster roster, PersonnelActions actions, Clock clock, AgencyTime agencyTime) {
		this.roster = roster;
		this.actions = actions;
		this.clock = clock;
		this.zone = agencyTime.zone();
		this.agencyTime = agencyTime;
	}

	List<OfficerRow> rows(List<Officer> officers) {
		Map<UUID, Unit> units = roster.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
		return officers.stream().map(officer -> row(officer, units)).toList();
	}

	OfficerView view(Officer officer, boolean mayChangeStatus, StatusForm form, String problem, String notice) {
		List<String> chain = roster.chainOfCommand(officer.id()).stream().map(Unit::name).toList();
		List<HistoryRow> history = history(officer.id());
		List<String> next = officer.status().isFinal() ? List.of()
				: Arrays.stream(OfficerStatus.values()).filter(s -> s != officer.status()).map(Enum::name).toList();
		OfficerRow row = rows(List.of(officer)).get(0);
		return new OfficerView(row, officer.hireDate() == null ? "" : officer.hireDate().toString(),
				yearsOfService(officer.hireDate()), chain, history, next, mayChangeStatus, form, problem, notice);
	}

	/**
	 * Status changes and the personnel actions that change no status (weapon and badge), latest first; leave and
	 * reinstatement appear as the status changes they made, with the authority of their action. Statuses and actions,
	 * and the part of a reason Leo gave, are said in the reader's language; reasons and authorities as they were typed.
	 */
	private List<HistoryRow> history(OfficerId id) {
		Stream<Map.Entry<Instant, HistoryRow>> changes = AuthorisedChange.of(roster.history(id), actions.of(id))
			.stream()
			.map(change -> Map.entry(change.changedAt(), new HistoryRow(agencyTime.stamp(change.changedAt()),
					change.from() == null ? null : Phrase.of(STATUS, change.from()), Phrase.of(STATUS, change.to()),
					change.reason() == null ? "" : change.reason(), change.said(), change.changedBy(),
					change.caseReference() == null ? "" : change.caseReference(),
					change.authorisedBy() == null ? "" : change.authorisedBy())));
		Stream<Map.Entry<Instant, HistoryRow>> taken = actions.of(id).stream()
			.filter(action -> action.kind().status() == null)
			.map(action -> Map.entry(action.takenAt(), new HistoryRow(agencyTime.stamp(action.takenAt()), null,
					Phrase.of(ACTION, action.kind()), action.reason(), null, action.recordedBy(), action.reference(),
					action.authorisedBy())));
		return Stream.concat(changes, taken).sorted(Map.Entry.<Instant, HistoryRow>comparingByKey().reversed())
			.map(Map.Entry::getValue).toList();
	}

	private String yearsOfService(LocalDate hired) {
		if (hired == null) {
			return "";
		}
		return Integer.toString(Period.between(hired, LocalDate.now(clock.withZone(zone))).getYears());
	}

	private static OfficerRow row(Officer officer, Map<UUID, Unit> units) {
		Unit unit = officer.unitId() == null ? null : units.get(officer.unitId());
		return new OfficerRow(officer.id().toString(), officer.badgeNumber(), officer.fullName(), officer.rank(),
				unit == null ? "" : unit.name(), officer.status().name());
	}
}
