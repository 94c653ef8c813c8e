package org.leoprotocol.personnel.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.Unit;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.stereotype.Component;

/** Shifts told with the names of their officers and units, by unit and post, for the duty page and API. */
@Component
class DutyBoard {

	static final int COMING_LIMIT = 200;

	private final ShiftDesk desk;
	private final Roster roster;
	private final AgencyTime time;
	private final Clock clock;

	DutyBoard(ShiftDesk desk, Roster roster, AgencyTime time, Clock clock) {
		this.desk = desk;
		this.roster = roster;
		this.time = time;
		this.clock = clock;
	}

	/** The instant asked about: now when blank, else an instant or the agency's local time. */
	Instant instant(String at) {
		if (at == null || at.isBlank()) {
			return clock.instant();
		}
		try {
			return Instant.parse(at.strip());
		}
		catch (DateTimeParseException local) {
			return Optional.ofNullable(time.parse(at))
				.orElseThrow(() -> new InvalidInput("personnel.refused.duty.at", at));
		}
	}

	List<DutyEntry> onDutyAt(Instant at) {
		return entries(desk.coveringAt(at));
	}

	List<DutyEntry> currentAndComing() {
		return entries(desk.currentAndComing(COMING_LIMIT));
	}

	private List<DutyEntry> entries(List<Shift> shifts) {
		Map<UUID, Unit> units = roster.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
		return shifts.stream().map(shift -> entry(shift, roster.get(shift.officer()), units.get(shift.unitId())))
			.sorted(Comparator.comparing(DutyEntry::unitName).thenComparing(DutyEntry::post)
				.thenComparing(DutyEntry::startsAt))
			.toList();
	}

	private static DutyEntry entry(Shift shift, Officer officer, Unit unit) {
		return new DutyEntry(shift.id(), officer.id(), officer.badgeNumber(), officer.rank() + " " + officer.fullName(),
				officer.status().name(), unit.code(), unit.name(), shift.post(), shift.startsAt(), shift.endsAt());
	}
}
