package org.leoprotocol.personnel;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a roster from CSV with the header {@value #HEADER}. Each row is stored in a transaction of its own: a bad row
 * is reported with its number and reason (a sentence the reader reads in their own language) and never stops or
 * half-stores the good ones. Importing the same file again changes nothing. An existing officer's profile is updated; a
 * different status is applied as a status change with the reason "roster import".
 */
@Service
public class RosterImport {

	static final String HEADER = "badge_number,first_name,last_name,rank,unit_code,hire_date,status";
	/**
	 * The reason a status change made by an import is kept with, as every import has written it: a file gives no
	 * reason, so Leo gives one, and the officer's history says it in the reader's language.
	 */
	static final String REASON = "roster import";

	static final Set<String> REQUIRED = Set.of("badge_number", "first_name", "last_name", "rank");
	static final int MAX_ROWS = 100_000;
	static final int MAX_VALUE = 100;

	private final Roster roster;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;

	RosterImport(Roster roster, AuditTrail audit, TransactionTemplate transactions) {
		this.roster = roster;
		this.audit = audit;
		this.transactions = transactions;
	}

	public ImportReport importCsv(Reader csv, Actor importer) {
		ImportReport.Builder report = new ImportReport.Builder();
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get().parse(csv)) {
			List<String> missing = REQUIRED.stream().filter(column -> !parser.getHeaderMap().containsKey(column))
				.sorted().toList();
			if (missing.isEmpty()) {
				importRows(parser.iterator(), report, importer);
			}
			else {
				report.fileRejected(Sentence.of("personnel.roster.import.header", String.join(", ", missing), HEADER));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			report.fileRejected(Sentence.of("personnel.roster.import.notCsv", ex.getMessage()));
		}
		ImportReport result = report.build();
		transactions
			.executeWithoutResult(tx -> audit.query(AuditAction.IMPORT, Roster.COMPONENT, "Officer",
					Sentence.ofText("audit.detail.search.criteria",
							result.summary() + (result.fileProblem() == null ? "" : "; " + result.fileProblem()))));
		return result;
	}

	private void importRows(Iterator<CSVRecord> rows, ImportReport.Builder report, Actor importer) {
		long row = 1;
		try {
			while (rows.hasNext()) {
				CSVRecord record = rows.next();
				row = record.getRecordNumber() + 1;
				if (row > MAX_ROWS + 1) {
					report.fileRejected(Sentence.of("personnel.roster.import.tooManyRows", String.valueOf(MAX_ROWS),
							String.valueOf(row)));
					return;
				}
				importRow(row, record, report, importer);
			}
		}
		catch (UncheckedIOException ex) {
			report.fileRejected(
					Sentence.of("personnel.roster.import.malformed", String.valueOf(row), ex.getMessage()));
		}
	}

	private void importRow(long row, CSVRecord record, ImportReport.Builder report, Actor importer) {
		String badge = value(record, "badge_number");
		try {
			NewOfficer officer = parse(record);
			ImportReport.Outcome outcome = transactions.execute(tx -> store(officer, importer));
			report.row(row, badge, outcome, null);
		}
		catch (InvalidInput | WrongState | UnknownRecord refused) {
			report.row(row, badge, ImportReport.Outcome.REJECTED, refused.sentence());
		}
		catch (RuntimeException ex) {
			report.row(row, badge, ImportReport.Outcome.REJECTED,
					Sentence.of("personnel.roster.import.failed", ex.getMessage()));
		}
	}

	private ImportReport.Outcome store(NewOfficer row, Actor importer) {
		var existing = roster.findByBadge(row.badgeNumber());
		if (existing.isEmpty()) {
			roster.enlist(row);
			return ImportReport.Outcome.CREATED;
		}
		Officer before = existing.get();
		var unitId = row.unitCode() == null ? null : roster.unitByCode(row.unitCode()).orElseThrow().id();
		Officer after = new Officer(before.id(), before.agencyCode(), before.badgeNumber(), row.firstName(),
				row.lastName(),
				row.rank(), unitId, row.hireDate(), before.status());
		boolean profileChanged = !after.equals(before);
		if (profileChanged) {
			roster.updateProfile(after);
		}
		boolean statusChanged = row.status() != null && row.status() != before.status();
		if (statusChanged) {
			roster.changeStatus(before.id(), row.status(), REASON, null, importer);
		}
		return profileChanged || statusChanged ? ImportReport.Outcome.UPDATED : ImportReport.Outcome.UNCHANGED;
	}

	private NewOfficer parse(CSVRecord record) {
		String badge = required(record, "badge_number");
		if (!badge.matches("[A-Za-z0-9-]{1,20}")) {
			throw new InvalidInput("personnel.roster.import.badge", badge);
		}
		String unitCode = value(record, "unit_code");
		if (unitCode != null && roster.unitByCode(unitCode).isEmpty()) {
			throw new InvalidInput("personnel.roster.import.unit", unitCode);
		}
		return new NewOfficer(badge, limited(required(record, "first_name"), "first_name"),
				limited(required(record, "last_name"), "last_name"), limited(required(record, "rank"), "rank"),
				unitCode,
				date(value(record, "hire_date")), status(value(record, "status")));
	}

	private static String required(CSVRecord record, String column) {
		String value = value(record, column);
		if (value == null) {
			throw new InvalidInput("personnel.roster.import.empty", column);
		}
		return value;
	}

	private static String value(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String limited(String value, String column) {
		if (value.length() > MAX_VALUE) {
			throw new InvalidInput("personnel.roster.import.long", column, String.valueOf(MAX_VALUE));
		}
		return value;
	}

	private static LocalDate date(String value) {
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("personnel.roster.import.date", value);
		}
	}

	private static OfficerStatus status(String value) {
		try {
			return value == null ? null : OfficerStatus.valueOf(value.toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("personnel.roster.import.status", value, List.of(OfficerStatus.values()).toString());
		}
	}
}
