package org.leoprotocol.earlywarning.history;

import org.leoprotocol.shared.InvalidInput;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVRecord;

import org.leoprotocol.earlywarning.Category;
import org.leoprotocol.earlywarning.Finding;
import org.leoprotocol.earlywarning.HistoryImportReport;

/**
 * How one agency's export reads as Leo's history: a declarative properties file that names the columns holding each
 * field, translates the agency's finding and category codes into {@link Finding} and {@link Category}, and says how
 * officers are identified. Codes are matched ignoring case; a code ending in {@code *} matches every code that starts
 * with it (CCRB writes the recommended penalty after the finding: "Substantiated (Charges)"). Dates are either one ISO
 * column ({@code complaint.received}) or a month and a year column ({@code complaint.received.month} + {@code .year}),
 * read as the first of the month.
 * <p>
 * Format 2 ({@code format=2}) reads an export as agencies really produce it: several files joined by keys
 * ({@code files=allegations,complaints,officers}, each recognised by {@code file.<role>.match}), files without a header
 * ({@code file.<role>.columns}), in another encoding ({@code file.<role>.encoding}), a part of a column by regular
 * expression ({@code <key>.pattern}, its first group), a value for empty cells ({@code <key>.default}), officers'
 * appointment and separation dates, race and gender, and a decision on codes no vocabulary line names
 * ({@code codes.unmapped=refuse}, the default, or {@code other}). The shipped mappings are in
 * {@code classpath:early-warning/mappings/}; {@code cpdp-chicago.properties} is the annotated format-2 example.
 */
public final class HistoryMapping {

	static final List<String> REQUIRED = List.of("agency", "officer.id", "complaint.id", "allegation.category",
			"allegation.finding");

	private final String name;
	private final String agency;
	private final Properties keys;
	private final CodeVocabulary vocabulary;
	private final MappedCells cells;
	private final MappingLines lines;
	private final List<String> roles;
	private final UnmappedCodes unmapped;

	private HistoryMapping(String name, Properties keys, String rosterAgency, MappingLines lines) {
		this.name = name;
		this.lines = lines;
		String declared = keys.getProperty("agency").strip();
		this.agency = declared.equalsIgnoreCase("roster") ? rosterAgency : declared;
		this.keys = keys;
		this.cells = new MappedCells(keys);
		this.roles = List.of(keys.getProperty("files", "allegations").strip().split("\\s*,\\s*"));
		String policy = keys.getProperty("codes.unmapped");
		this.unmapped = policy != null ? UnmappedCodes.valueOf(policy.strip().toUpperCase(Locale.ROOT))
				: format() == 2 ? UnmappedCodes.REFUSE : UnmappedCodes.ROW;
		this.vocabulary = new CodeVocabulary(name, keys, unmapped);
	}

	/**
	 * Reads a mapping; {@code agency=roster} stands for this installation's own agency, {@code rosterAgency}.
	 *
	 * @throws InvalidMapping with every problem of the file and its line
	 */
	public static HistoryMapping read(String name, Reader properties, String rosterAgency) throws IOException {
		String text = new java.io.BufferedReader(properties).lines().collect(java.util.stream.Collectors.joining("\n"));
		MappingLines lines = MappingLines.read(text);
		if (!lines.problems().isEmpty()) {
			throw new InvalidMapping(name, lines.problems());
		}
		Properties keys = new Properties();
		keys.load(new java.io.StringReader(text));
		return new HistoryMapping(name, keys, rosterAgency, lines);
	}

	public String name() {
		return name;
	}

	public String agency() {
		return agency;
	}

	int format() {
		return Integer.parseInt(keys.getProperty("format", "1").strip());
	}

	UnmappedCodes unmapped() {
		return unmapped;
	}

	/**
	 * The files the export comes in, as {@code files=} lists them: {@code allegations}, then any of complaints and
	 * officers.
	 */
	public List<String> roles() {
		return roles;
	}

	boolean reads(String role) {
		return roles.contains(role);
	}

	/** The columns of a file without a header line, or empty when the file names its columns in its first line. */
	public List<String> columns(String role) {
		String columns = keys.getProperty("file." + role + ".columns");
		return columns == null ? List.of() : List.of(columns.strip().split("\\s*,\\s*"));
	}

	public Charset charset(String role) {
		String encoding = keys.getProperty("file." + role + ".encoding");
		return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding.strip());
	}

	/**
	 * Which file plays which role, as {@code file.<role>.match} globs say when every file matches exactly one role, in
	 * the order of {@code files=} otherwise.
	 *
	 * @throws InvalidInput when the number of files is not the number of roles
	 */
	public Map<String, Integer> assign(List<String> fileNames) {
		if (fileNames.size() != roles.size()) {
			throw new InvalidInput("historyimport.refused.files", name, String.valueOf(roles.size()),
					String.join(", ", roles), String.valueOf(fileNames.size()));
		}
		Map<String, Integer> byName = new LinkedHashMap<>();
		for (int i = 0; i < fileNames.size(); i++) {
			String fileName = Path.of(fileNames.get(i)).getFileName().toString();
			for (String role : roles) {
				String glob = keys.getProperty("file." + role + ".match");
				if (glob != null
						&& FileSystems.getDefault().getPathMatcher("glob:" + glob.strip()).matches(Path.of(fileName))
						&& !byName.containsKey(role)) {
					byName.put(role, i);
					break;
				}
			}
		}
		if (byName.size() == roles.size()) {
			return byName;
		}
		Map<String, Integer> inOrder = new LinkedHashMap<>();
		for (int i = 0; i < roles.size(); i++) {
			inOrder.put(roles.get(i), i);
		}
		return inOrder;
	}

	/** Whether officers are linked to the Leo roster by badge number (for the agency's own records). */
	public boolean linksRosterByBadge() {
		return "badge".equalsIgnoreCase(keys.getProperty("roster.link", "none").strip());
	}

	/** The columns a single-file mapping reads that the file's header lacks, each at the mapping line that names it. */
	public List<MappingProblem> missingColumns(Collection<String> header) {
		return missingColumns("allegations", header);
	}

	/** The columns the {@code role} file is read by that its header (or declared columns) lacks. */
	public List<MappingProblem> missingColumns(String role, Collection<String> header) {
		return absentColumns(role, header).stream()
			.map(absent -> MappingProblem.at(absent.line(), "earlywarning.mapping.missingColumn", absent.key(),
					absent.column(), String.join(", ", header)))
			.toList();
	}

	/**
	 * The columns the {@code role} file is read by that its header (or declared columns) lacks, in the mapping's order.
	 */
	List<AbsentColumn> absentColumns(String role, Collection<String> header) {
		Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		present.addAll(header);
		List<AbsentColumn> absent = new ArrayList<>();
		for (String field : fieldsOf(role)) {
			String key = cells.keyOf(field);
			String column = keys.getProperty(key);
			if (column != null && !present.contains(column.strip())) {
				absent.add(new AbsentColumn(lines.line(key), key, column.strip()));
			}
		}
		absent.sort(java.util.Comparator.comparingInt(AbsentColumn::line));
		return absent;
	}

	/** The fields read from the file of this role. */
	private List<String> fieldsOf(String role) {
		List<String> fields = new ArrayList<>();
		for (String field : MappingLines.COLUMNS) {
			String owner = field.substring(0, field.indexOf('.'));
			boolean own = switch (owner) {
				case "officer" -> role.equals(reads("officers") ? "officers" : "allegations");
				case "complaint" -> role.equals(reads("complaints") ? "complaints" : "allegations");
				default -> role.equals("allegations") && (field.equals("allegation.officer_id") ? reads("officers")
						: !field.equals("allegation.complaint_id") || reads("complaints"));
			};
			if (own) {
				fields.add(field);
			}
		}
		return fields;
	}

	/** An allegation row; the codes no vocabulary line names go to {@code unmappedCodes} as (kind, code). */
	HistoryRow row(CSVRecord record, BiConsumer<String, String> unmappedCodes) {
		ImportedOfficer officer = reads("officers")
				? ImportedOfficer.reference(agency, cells.required(record, "allegation.officer_id"))
				: officer(record);
		ImportedComplaint complaint = reads("complaints")
				? ImportedComplaint.reference(agency, cells.required(record, "allegation.complaint_id"))
				: complaint(record);
		String categoryCode = cells.required(record, "allegation.category");
		String findingCode = cells.text(record, "allegation.finding");
		return new HistoryRow(officer, complaint, vocabulary.category(categoryCode, unmappedCodes), categoryCode,
				cells.text(record, "allegation.description"), vocabulary.finding(findingCode, unmappedCodes),
				findingCode);
	}

	HistoryRow row(CSVRecord record) {
		return row(record, (kind, code) -> {
		});
	}

	ImportedOfficer officer(CSVRecord record) {
		return new ImportedOfficer(agency, cells.required(record, "officer.id"), cells.badge(record),
				cells.text(record, "officer.first_name"),
				cells.text(record, "officer.last_name"), cells.text(record, "officer.rank"),
				cells.text(record, "officer.unit"),
				cells.date(record, "officer.hire_date", false), cells.date(record, "officer.separated", false),
				cells.text(record, "officer.race"),
				cells.text(record, "officer.gender"));
	}

	ImportedComplaint complaint(CSVRecord record) {
		return new ImportedComplaint(agency, cells.required(record, "complaint.id"),
				cells.date(record, "complaint.received", true),
				cells.date(record, "complaint.closed", false));
	}

	Finding finding(String code) {
		return vocabulary.finding(code, (kind, unknown) -> {
		});
	}

	Category category(String code) {
		return vocabulary.category(code, (kind, unknown) -> {
		});
	}

	/**
	 * What the mapping leaves early warning without, in words an administrator acts on: each missing field and the
	 * indicator or comparison it disables.
	 */
	public List<HistoryImportReport.Warning> warnings() {
		return MappingWarnings.of(keys, reads("officers"));
	}

}
