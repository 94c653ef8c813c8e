package org.leoprotocol.earlywarning;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports complaints, allegations and findings from an agency's CSV file through a {@link HistoryMapping}. The
 * file is streamed and stored in chunks of {@value #CHUNK} rows, each in one transaction; a bad row is reported
 * with its line number and reason and never drops the good rows around it (a chunk the database refuses is
 * retried row by row). Importing the same file again changes nothing. Afterwards every officer's flags are
 * recomputed.
 */
@Service
public class HistoryImport {

	static final int CHUNK = 1000;
	static final List<String> BUILT_IN = List.of("ccrb", "leo");

	private final HistoryStore store;
	private final Roster roster;
	private final EarlyWarning earlyWarning;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;
	private final StoredMappings stored;
	private final Clock clock;

	HistoryImport(HistoryStore store, Roster roster, EarlyWarning earlyWarning, AuditTrail audit, TransactionTemplate transactions,
			StoredMappings stored, Clock clock) {
		this.stored = stored;
		this.clock = clock;
		this.store = store;
		this.roster = roster;
		this.earlyWarning = earlyWarning;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** The mappings shipped with Leo, by name: {@code ccrb} (NYC CCRB via ProPublica) and {@code leo}. */
	public List<String> builtInMappings() {
		return BUILT_IN;
	}

	/** The mappings to choose from: the shipped ones, then those administrators uploaded. */
	public List<String> mappingNames() {
		List<String> names = new ArrayList<>(BUILT_IN);
		stored.names().stream().filter(name -> !BUILT_IN.contains(name)).forEach(names::add);
		return names;
	}

	/** A built-in mapping by name, an uploaded one by name, or (from the command line) a mapping file by path. */
	HistoryMapping mapping(String nameOrPath) throws IOException {
		if (BUILT_IN.contains(nameOrPath) || stored.content(nameOrPath).isPresent()) {
			return chosenMapping(nameOrPath);
		}
		Path file = Path.of(nameOrPath);
		if (!Files.isReadable(file)) {
			throw new IllegalArgumentException("No mapping named " + nameOrPath + " (built in: " + BUILT_IN + ") and no readable file there");
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return HistoryMapping.read(file.getFileName().toString(), reader, roster.agencyCode());
		}
	}

	/** A shipped or uploaded mapping by name; never a path, since pages and the API must not read the server's files. */
	HistoryMapping chosenMapping(String name) throws IOException {
		if (BUILT_IN.contains(name)) {
			try (Reader reader = new InputStreamReader(new ClassPathResource("early-warning/mappings/" + name + ".properties")
				.getInputStream(), StandardCharsets.UTF_8)) {
				return HistoryMapping.read(name, reader, roster.agencyCode());
			}
		}
		String content = stored.content(name).orElseThrow(() -> new IllegalArgumentException(
				"No mapping named '" + name + "'; choose one of " + mappingNames() + " or upload a mapping file"));
		return HistoryMapping.read(name, new java.io.StringReader(content), roster.agencyCode());
	}

	/**
	 * Reads a mapping file an administrator sent, under the name it will be kept by.
	 *
	 * @throws InvalidMapping with every problem of the name and the file, each at its line
	 */
	HistoryMapping readUploaded(String fileName, String content) throws IOException {
		return HistoryMapping.read(mappingName(fileName), new java.io.StringReader(content), roster.agencyCode());
	}

	/** Keeps an uploaded mapping so later imports can choose it by name; the same name again replaces it. */
	@org.springframework.transaction.annotation.Transactional
	void keep(HistoryMapping mapping, String content, String by) {
		stored.save(mapping.name(), content, by, clock.instant());
		audit.access(AuditAction.UPDATE, EarlyWarning.COMPONENT, org.leoprotocol.audit.RecordReference.of("HistoryMapping", mapping.name()),
				"uploaded for agency " + mapping.agency());
	}

	/** The name an uploaded mapping file is kept under: its file name without {@code .properties}. */
	static String mappingName(String fileName) {
		String name = (fileName == null ? "" : fileName.strip()).replaceFirst(".*[/\\\\]", "")
			.replaceFirst("(?i)\\.(properties|txt)$", "");
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,59}")) {
			throw new InvalidMapping(String.valueOf(fileName), List.of(new MappingProblem(0, "A mapping file's name must be 1 to 60 "
					+ "letters, digits, dots, dashes or underscores, like agency-2024.properties")));
		}
		if (BUILT_IN.contains(name)) {
			throw new InvalidMapping(name, List.of(new MappingProblem(0, "'" + name + "' is the name of a shipped mapping; rename the file")));
		}
		return name;
	}

	/** Whether the CSV's header has every column the mapping reads; the problems name the mapping's lines. */
	List<MappingProblem> headerProblems(HistoryMapping mapping, Reader csv) throws IOException {
		try (CSVParser parser = format().parse(csv)) {
			return mapping.missingColumns(parser.getHeaderNames());
		}
		catch (UncheckedIOException | IllegalArgumentException ex) {
			return List.of(new MappingProblem(0, "The file's header is not valid CSV: " + ex.getMessage()));
		}
	}

	private static CSVFormat format() {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get();
	}

	public HistoryImportReport importCsv(String mappingName, Reader csv, Consumer<String> progress) throws IOException {
		return importCsv(mapping(mappingName), csv, progress);
	}

	HistoryImportReport importCsv(HistoryMapping mapping, Reader csv, Consumer<String> progress) {
		return importCsv(mapping, csv, progress, problem -> { });
	}

	/** Imports as above, handing every rejected row to {@code problems} as it is found (the report keeps the first 1,000). */
	HistoryImportReport importCsv(HistoryMapping mapping, Reader csv, Consumer<String> progress,
			Consumer<HistoryImportReport.Problem> problems) {
		HistoryImportReport.Builder report = new HistoryImportReport.Builder(mapping.agency(), problems);
		try (CSVParser parser = format().parse(csv)) {
			List<MappingProblem> missing = mapping.missingColumns(parser.getHeaderNames());
			if (missing.isEmpty()) {
				new Run(mapping, report, progress).read(parser);
			}
			else {
				report.fileRejected("The header does not fit the mapping " + mapping.name() + ": "
						+ String.join("; ", missing.stream().map(MappingProblem::words).toList()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			report.fileRejected("The file is not valid CSV: " + ex.getMessage());
		}
		HistoryImportReport result = report.build();
		transactions.executeWithoutResult(tx -> audit.query(AuditAction.IMPORT, EarlyWarning.COMPONENT, "Allegation",
				mapping.name() + ": " + result.summary()));
		progress.accept(result.summary());
		int flagged = earlyWarning.recomputeAll();
		progress.accept("Recomputed indicators; " + flagged + " officer(s) flagged");
		return result;
	}

	/** One pass over a file: rows parsed one at a time and stored a chunk at a time. */
	private final class Run {

		private final HistoryMapping mapping;
		private final HistoryImportReport.Builder report;
		private final Consumer<String> progress;
		private final Map<String, Integer> occurrences = new HashMap<>();
		private final Map<String, UUID> rosterLinks = new HashMap<>();
		private final List<Line> chunk = new ArrayList<>();

		Run(HistoryMapping mapping, HistoryImportReport.Builder report, Consumer<String> progress) {
			this.mapping = mapping;
			this.report = report;
			this.progress = progress;
		}

		private record Line(long row, HistoryStore.Numbered allegation) {
		}

		void read(CSVParser parser) {
			long row = 1;
			try {
				for (CSVRecord record : parser) {
					row = record.getRecordNumber() + 1;
					parse(row, record);
					if (chunk.size() == CHUNK) {
						flush();
					}
				}
			}
			catch (UncheckedIOException ex) {
				report.fileRejected("The file is malformed after row " + row + " (" + ex.getMessage()
						+ "); rows up to it were imported as reported, the rest were not read");
			}
			flush();
		}

		private void parse(long row, CSVRecord record) {
			try {
				HistoryRow parsed = mapping.row(record);
				int occurrence = occurrences.merge(parsed.allegationKey(), 1, Integer::sum);
				chunk.add(new Line(row, new HistoryStore.Numbered(parsed.allegationId(occurrence), parsed)));
			}
			catch (IllegalArgumentException ex) {
				report.rejected(row, ex.getMessage());
			}
		}

		private void flush() {
			if (chunk.isEmpty()) {
				return;
			}
			try {
				count(transactions.execute(tx -> store(chunk)));
			}
			catch (RuntimeException refused) {
				chunk.forEach(this::storeAlone);
			}
			chunk.clear();
			progress.accept(report.rows() + " rows read");
		}

		private void storeAlone(Line line) {
			try {
				count(transactions.execute(tx -> store(List.of(line))));
			}
			catch (RuntimeException refused) {
				report.rejected(line.row(), "the database refused the row: " + rootCause(refused).getMessage());
			}
		}

		private void count(boolean[][] outcomes) {
			for (boolean[] outcome : outcomes) {
				report.stored(outcome[0], outcome[1]);
			}
		}

		/** Stores the lines; returns for each whether its allegation existed before and whether it was written. */
		private boolean[][] store(List<Line> lines) {
			Map<UUID, HistoryRow> officers = new LinkedHashMap<>();
			Map<UUID, HistoryRow> complaints = new LinkedHashMap<>();
			List<HistoryStore.Numbered> allegations = new ArrayList<>();
			for (Line line : lines) {
				officers.put(line.allegation().row().officerId(), line.allegation().row());
				complaints.put(line.allegation().row().complaintId(), line.allegation().row());
				allegations.add(line.allegation());
			}
			store.upsertOfficers(officers.values(), this::rosterOfficer);
			store.upsertComplaints(complaints.values());
			Set<UUID> existing = store.existingAllegations(allegations.stream().map(HistoryStore.Numbered::id).toList());
			int[] written = store.upsertAllegations(allegations);
			store.refreshFirstComplaint(officers.keySet());
			boolean[][] outcomes = new boolean[allegations.size()][];
			for (int i = 0; i < allegations.size(); i++) {
				outcomes[i] = new boolean[] { existing.contains(allegations.get(i).id()), written[i] > 0 };
			}
			return outcomes;
		}

		private UUID rosterOfficer(HistoryRow row) {
			if (!mapping.linksRosterByBadge() || row.badgeNumber() == null) {
				return null;
			}
			return rosterLinks.computeIfAbsent(row.badgeNumber(),
					badge -> roster.findByBadge(badge).map(Officer::id).map(id -> id.value()).orElse(null));
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
