package org.leoprotocol.personnel.duty;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerUnavailableRefused;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.Unit;
import org.leoprotocol.personnel.duty.BadRow;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.AgencyTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads shifts written by people: from a form, a JSON request or a CSV file with the header {@value #HEADER}, times in
 * the agency's local time. A file is checked whole before anything is stored: one bad row refuses the file with every
 * bad row listed, an officer not on active duty among them. Importing the same file again adds nothing.
 */
@Service
public class ShiftImport {

	public static final String HEADER = "badge,unit,post,starts,ends";
	static final int MAX_ROWS = 20_000;

	private final Roster roster;
	private final ShiftDesk desk;
	private final AgencyTime time;

	ShiftImport(Roster roster, ShiftDesk desk, AgencyTime time) {
		this.roster = roster;
		this.desk = desk;
		this.time = time;
	}

	@Transactional
	public ShiftImportReport importCsv(Reader csv, Actor importer) {
		List<Shift> shifts = readAll(csv);
		int added = (int) shifts.stream().filter(shift -> desk.add(shift, importer)).count();
		return new ShiftImportReport(added, shifts.size() - added);
	}

	/** The shift a request names; refused with the reason when it names no officer, unit, post or times. */
	public Shift parse(ShiftRequest request) {
		Officer officer = roster.findByBadge(required(request.badge(), "badge"))
			.orElseThrow(() -> new InvalidInput("personnel.shift.badge", request.badge()));
		Unit unit = roster.units().stream().filter(u -> u.code().equalsIgnoreCase(required(request.unit(), "unit")))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("personnel.shift.unit", request.unit()));
		Instant starts = instant(request.starts(), "starts");
		Instant ends = instant(request.ends(), "ends");
		if (!ends.isAfter(starts)) {
			throw new InvalidInput("personnel.shift.order");
		}
		return new Shift(UUID.randomUUID(), officer.id(), unit.id(), post(request.post()), starts, ends);
	}

	private List<Shift> readAll(Reader csv) {
		List<Shift> shifts = new ArrayList<>();
		List<BadRow> bad = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get().parse(csv)) {
			for (CSVRecord record : parser) {
				long row = record.getRecordNumber() + 1;
				if (row > MAX_ROWS + 1) {
					throw new ShiftImportRefused(List.of(
							new BadRow(row, Sentence.of("personnel.shift.tooManyRows", String.valueOf(MAX_ROWS)))));
				}
				try {
					Shift shift = parse(
							new ShiftRequest(value(record, "badge"), value(record, "unit"), value(record, "post"),
									value(record, "starts"), value(record, "ends")));
					OfficerUnavailableRefused.unlessActive(roster.get(shift.officer()));
					shifts.add(shift);
				}
				catch (InvalidInput | OfficerUnavailableRefused problem) {
					bad.add(new BadRow(row, problem.sentence()));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException malformed) {
			bad.add(new BadRow(0, Sentence.of("personnel.shift.notCsv", HEADER, malformed.getMessage())));
		}
		if (!bad.isEmpty()) {
			throw new ShiftImportRefused(bad);
		}
		return shifts;
	}

	private Instant instant(String value, String column) {
		Instant instant = time.parse(required(value, column));
		if (instant == null) {
			throw new InvalidInput("personnel.shift.time", column, value);
		}
		return instant;
	}

	private static Post post(String value) {
		try {
			return Post.valueOf(required(value, "post").toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInput("personnel.shift.post", value, List.of(Post.values()).toString());
		}
	}

	private static String required(String value, String column) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput("personnel.shift.empty", column);
		}
		return value.strip();
	}

	private static String value(CSVRecord record, String column) {
		return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
	}
}
