package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.earlywarning.source.UnreadableText;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import of an agency's export, inside the caller's transaction: the roster file first, then the complaints, then
 * the allegations, each streamed and stored {@value HistoryImport#CHUNK} rows at a time under a savepoint (a chunk the
 * database refuses is retried row by row, so one bad row never drops the good ones around it). Anything that makes the
 * export unusable as a whole throws {@link ImportRefused}, and the caller's transaction takes every stored row back
 * with it.
 */
public final class HistoryImportRun {

	static final List<String> ORDER = List.of("officers", "complaints", "allegations");

	private final HistoryMapping mapping;
	private final HistoryStore store;
	private final TransactionTemplate savepoints;
	private final Function<ImportedOfficer, UUID> rosterLink;
	private final HistoryImportReport.Builder report;
	private final Consumer<String> progress;
	private final Map<String, Integer> occurrences = new HashMap<>();
	private final Map<String, String> fileOf = new HashMap<>();
	private final Set<UUID> storedOfficers = new HashSet<>();
	private final Set<UUID> storedComplaints = new HashSet<>();

	public HistoryImportRun(HistoryMapping mapping, HistoryStore store, TransactionTemplate savepoints,
			Function<ImportedOfficer, UUID> rosterLink, HistoryImportReport.Builder report, Consumer<String> progress) {
		this.mapping = mapping;
		this.store = store;
		this.savepoints = savepoints;
		this.rosterLink = rosterLink;
		this.report = report;
		this.progress = progress;
	}

	/**
	 * Checks each file that can be opened again (its header against the mapping, that it has rows) before storing
	 * anything.
	 */
	public static List<HistoryImportReport.Refusal> check(HistoryMapping mapping, Map<String, ExportFile> files) {
		List<HistoryImportReport.Refusal> problems = new ArrayList<>();
		files.forEach((role, file) -> {
			if (file.reopenable()) {
				try (Reader text = file.open(mapping.charset(role));
						CSVParser parser = format(mapping.columns(role)).parse(text)) {
					problems.addAll(headerProblems(mapping, role, file, parser));
				}
				catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
					problems.add(unreadable(file, ex, 1));
				}
			}
		});
		return problems;
	}

	/** Imports every file, officers and complaints before the allegations that refer to them. */
	public void run(Map<String, ExportFile> files) {
		files.forEach((role, file) -> fileOf.put(role, file.name()));
		for (String role : ORDER) {
			if (files.containsKey(role)) {
				pass(role, files.get(role));
			}
		}
		List<HistoryImportReport.UnmappedCode> unmapped = report.unmappedCodes();
		if (!unmapped.isEmpty() && mapping.unmapped() == HistoryMapping.Unmapped.REFUSE) {
			HistoryImportReport.UnmappedCode first = unmapped.get(0);
			throw new ImportRefused("historyimport.refused.unmapped", unmapped.size(), mapping.name(), first.kind(),
					first.code(),
					first.rows(), first.firstFile(), first.firstLine());
		}
	}

	private void pass(String role, ExportFile file) {
		Chunk chunk = new Chunk(role, file);
		long line = 1;
		try (Reader text = file.open(mapping.charset(role));
				CSVParser parser = format(mapping.columns(role)).parse(text)) {
			List<HistoryImportReport.Refusal> problems = headerProblems(mapping, role, file, parser);
			if (!problems.isEmpty()) {
				throw new ImportRefused(problems);
			}
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new ImportRefused("historyimport.refused.no-rows", file.name());
			}
			boolean headerLine = mapping.columns(role).isEmpty();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				line = record.getRecordNumber() + (headerLine ? 1 : 0);
				chunk.parse(line, record);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			throw new ImportRefused(List.of(unreadable(file, ex, line + 1)));
		}
		chunk.flush();
		chunk.warnings();
		if (role.equals("allegations")) {
			store.refreshFirstComplaint(mapping.agency());
		}
	}

	private static List<HistoryImportReport.Refusal> headerProblems(HistoryMapping mapping, String role,
			ExportFile file,
			CSVParser parser) {
		List<String> header = mapping.columns(role).isEmpty() ? parser.getHeaderNames() : mapping.columns(role);
		if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
			return List.of(HistoryImportReport.Refusal.of("historyimport.refused.empty", file.name()));
		}
		return mapping.absentColumns(role, header).stream()
			.map(absent -> HistoryImportReport.Refusal.of("historyimport.refused.column",
					file.name(), absent.column(), mapping.name(), absent.line(), absent.key(),
					String.join(", ", header)))
			.toList();
	}

	private static HistoryImportReport.Refusal unreadable(ExportFile file, Exception ex, long line) {
		Throwable cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
		if (cause instanceof UnreadableText text) {
			return HistoryImportReport.Refusal.of("historyimport.refused.encoding", text.file(), text.line(),
					text.charset(), text.bytes(),
					text.byteOffset());
		}
		return HistoryImportReport.Refusal.of("historyimport.refused.csv", file.name(), line, cause.getMessage());
	}

	public static CSVFormat format(List<String> columns) {
		CSVFormat.Builder format = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true)
			.setIgnoreHeaderCase(true);
		return columns.isEmpty() ? format.setHeader().setSkipHeaderRecord(true).get()
				: format.setHeader(columns.toArray(String[]::new)).setSkipHeaderRecord(false).get();
	}

	/** The rows of one file waiting to be stored, and what the file has told so far. */
	private final class Chunk {

		private final String role;
		private final ExportFile file;
		private final List<Line> lines = new ArrayList<>();
		private long read;
		private long undated;

		Chunk(String role, ExportFile file) {
			this.role = role;
			this.file = file;
		}

		private record Line(long row, Object value) {
		}

		void parse(long row, CSVRecord record) {
			try {
				Object value = switch (role) {
					case "officers" -> mapping.officer(record);
					case "complaints" -> mapping.complaint(record);
					default -> allegation(row, record);
				};
				lines.add(new Line(row, value));
			}
			catch (IllegalArgumentException ex) {
				reject(row, ex.getMessage());
			}
			if (lines.size() == HistoryImport.CHUNK) {
				flush();
			}
		}

		private HistoryStore.Numbered allegation(long row, CSVRecord record) {
			HistoryRow parsed = mapping.row(record, (kind, code) -> report.unmapped(kind, code, file.name(), row));
			int occurrence = occurrences.merge(parsed.allegationKey(), 1, Integer::sum);
			return new HistoryStore.Numbered(parsed.allegationId(occurrence), parsed);
		}

		void flush() {
			if (lines.isEmpty()) {
				return;
			}
			List<Line> storable = role.equals("allegations") ? joined() : lines;
			try {
				savepoints.executeWithoutResult(tx -> store(storable));
			}
			catch (RuntimeException refused) {
				storable.forEach(this::storeAlone);
			}
			read += lines.size();
			lines.clear();
			progress.accept(role.equals("allegations") ? report.rows() + " rows read"
					: file.name() + ": " + read + " " + role + " read");
		}

		/**
		 * The allegations whose officer and complaint are stored; the others are rejected, naming the file that lacks
		 * them. The officers and complaints this import stored are known from its earlier passes; only the others are
		 * looked up (stored by an earlier import), so a chunk usually costs no query here.
		 */
		private List<Line> joined() {
			Set<UUID> officers = mapping.reads("officers")
					? known(storedOfficers, "ew_officer", line -> line.row().officerId()) : null;
			Set<UUID> complaints = mapping.reads("complaints")
					? known(storedComplaints, "ew_complaint", line -> line.row().complaintId())
					: null;
			List<Line> storable = new ArrayList<>();
			for (Line line : lines) {
				HistoryRow row = ((HistoryStore.Numbered) line.value()).row();
				if (officers != null && !storedOfficers.contains(row.officerId())
						&& !officers.contains(row.officerId())) {
					reject(line.row(), "officer " + row.officerExternalId() + " is not in " + fileOf.get("officers"));
				}
				else if (complaints != null && !storedComplaints.contains(row.complaintId())
						&& !complaints.contains(row.complaintId())) {
					reject(line.row(),
							"complaint " + row.complaint().externalId() + " is not in " + fileOf.get("complaints"));
				}
				else {
					storable.add(line);
				}
			}
			return storable;
		}

		/** Of the ids this chunk refers to and this import did not store, those an earlier import stored. */
		private Set<UUID> known(Set<UUID> storedHere, String table, Function<HistoryStore.Numbered, UUID> id) {
			List<UUID> others = lines.stream().map(line -> id.apply((HistoryStore.Numbered) line.value()))
				.filter(candidate -> !storedHere.contains(candidate)).distinct().toList();
			return others.isEmpty() ? Set.of() : store.existing(table, others);
		}

		private void storeAlone(Line line) {
			try {
				savepoints.executeWithoutResult(tx -> store(List.of(line)));
			}
			catch (RuntimeException refused) {
				reject(line.row(), "the database refused the row: " + rootCause(refused).getMessage());
			}
		}

		private void store(List<Line> batch) {
			switch (role) {
				case "officers" -> storeOfficers(batch);
				case "complaints" -> storeComplaints(batch);
				default -> storeAllegations(batch);
			}
		}

		private void storeOfficers(List<Line> batch) {
			Map<UUID, ImportedOfficer> officers = new LinkedHashMap<>();
			batch.forEach(line -> officers.put(((ImportedOfficer) line.value()).id(), (ImportedOfficer) line.value()));
			store.upsertOfficers(officers.values(), rosterLink);
			storedOfficers.addAll(officers.keySet());
			report.officers(batch.size());
			undated += officers.values().stream().filter(officer -> officer.appointedOn() == null).count();
		}

		private void storeComplaints(List<Line> batch) {
			Map<UUID, ImportedComplaint> complaints = new LinkedHashMap<>();
			batch.forEach(
					line -> complaints.put(((ImportedComplaint) line.value()).id(), (ImportedComplaint) line.value()));
			store.upsertComplaints(complaints.values());
			storedComplaints.addAll(complaints.keySet());
			report.complaints(batch.size());
			undated += complaints.values().stream().filter(complaint -> complaint.closedOn() == null).count();
		}

		private void storeAllegations(List<Line> batch) {
			Map<UUID, ImportedOfficer> officers = new LinkedHashMap<>();
			Map<UUID, ImportedComplaint> complaints = new LinkedHashMap<>();
			List<HistoryStore.Numbered> allegations = new ArrayList<>();
			for (Line line : batch) {
				HistoryStore.Numbered allegation = (HistoryStore.Numbered) line.value();
				officers.put(allegation.row().officerId(), allegation.row().officer());
				complaints.put(allegation.row().complaintId(), allegation.row().complaint());
				allegations.add(allegation);
			}
			if (!mapping.reads("officers")) {
				store.upsertOfficers(officers.values(), rosterLink);
			}
			if (!mapping.reads("complaints")) {
				store.upsertComplaints(complaints.values());
			}
			for (HistoryStore.Written written : store.upsertAllegations(allegations)) {
				report.stored(written != HistoryStore.Written.CREATED, written != HistoryStore.Written.UNCHANGED);
			}
		}

		private void reject(long row, String message) {
			report.rejected(row, mapping.roles().size() > 1 ? file.name() + ": " + message : message);
		}

		/** Says what the file's gaps cost early warning. */
		void warnings() {
			if (undated > 0 && role.equals("officers")) {
				report.warn(HistoryImportReport.Warning.of("historyimport.warning.undatedOfficers", undated, read,
						file.name()));
			}
			if (undated > 0 && role.equals("complaints")) {
				report.warn(HistoryImportReport.Warning.of("historyimport.warning.undatedComplaints", undated, read,
						file.name()));
			}
		}
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}
}
