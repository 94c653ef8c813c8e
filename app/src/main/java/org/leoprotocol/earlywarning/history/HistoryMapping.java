package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** What becomes of a finding or category code that no vocabulary line names. */
	enum Unmapped {
		/** Format 1: the row is rejected for an unknown finding; an unknown category is {@link Category#OTHER}. */
		ROW,
		/** The whole import is refused, with every such code, its count and first line. */
		REFUSE,
		/** Stored as {@link Category#OTHER} or {@link Finding#CLOSED_NO_FINDING}, the code kept, and reported. */
		OTHER
	}

	private final String name;
	private final String agency;
	private final Properties keys;
	private final Map<Finding, List<String>> findings;
	private final Map<Category, List<String>> categories;
	private final Set<String> noBadge;
	private final MappingLines lines;
	private final List<String> roles;
	private final Map<String, Pattern> patterns = new HashMap<>();
	private final Unmapped unmapped;

	private HistoryMapping(String name, Properties keys, String rosterAgency, MappingLines lines) {
		this.name = name;
		this.lines = lines;
		String declared = keys.getProperty("agency").strip();
		this.agency = declared.equalsIgnoreCase("roster") ? rosterAgency : declared;
		this.keys = keys;
		this.findings = vocabulary("finding.", Finding.class);
		this.categories = vocabulary("category.", Category.class);
		this.noBadge = Set.of(keys.getProperty("officer.badge.none", "").split("\\s*,\\s*"));
		this.roles = List.of(keys.getProperty("files", "allegations").strip().split("\\s*,\\s*"));
		keys.stringPropertyNames().stream().filter(key -> key.endsWith(".pattern"))
			.forEach(key -> patterns.put(key.substring(0, key.length() - ".pattern".length()),
					Pattern.compile(keys.getProperty(key).strip())));
		String policy = keys.getProperty("codes.unmapped");
		this.unmapped = policy != null ? Unmapped.valueOf(policy.strip().toUpperCase(Locale.ROOT))
				: format() == 2 ? Unmapped.REFUSE : Unmapped.ROW;
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

	Unmapped unmapped() {
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
	 * @throws IllegalArgumentException when the number of files is not the number of roles
	 */
	public Map<String, Integer> assign(List<String> fileNames) {
		if (fileNames.size() != roles.size()) {
			throw new IllegalArgumentException(
					"The mapping " + name + " reads " + roles.size() + " file(s) (" + String.join(", ", roles)
							+ "); " + fileNames.size() + " given");
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
			.map(absent -> new MappingProblem(absent.line(), absent.key() + " names the column '"
					+ absent.column() + "', which the CSV header lacks (it has " + String.join(", ", header) + ")"))
			.toList();
	}

	/** A column the mapping reads at {@code line} ({@code key=column}) that a file lacks. */
	record AbsentColumn(int line, String key, String column) {
	}

	/**
	 * The columns the {@code role} file is read by that its header (or declared columns) lacks, in the mapping's order.
	 */
	List<AbsentColumn> absentColumns(String role, Collection<String> header) {
		Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		present.addAll(header);
		List<AbsentColumn> absent = new ArrayList<>();
		for (String field : fieldsOf(role)) {
			String key = keyOf(field);
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

	/** The key a field is read by: a join key falls back to the id it joins on. */
	private String keyOf(String field) {
		if (field.equals("allegation.officer_id") && !keys.containsKey(field)) {
			return "officer.id";
		}
		if (field.equals("allegation.complaint_id") && !keys.containsKey(field)) {
			return "complaint.id";
		}
		return field;
	}

	/** An allegation row; the codes no vocabulary line names go to {@code unmappedCodes} as (kind, code). */
	HistoryRow row(CSVRecord record, BiConsumer<String, String> unmappedCodes) {
		ImportedOfficer officer = reads("officers")
				? ImportedOfficer.reference(agency, required(record, "allegation.officer_id"))
				: officer(record);
		ImportedComplaint complaint = reads("complaints")
				? ImportedComplaint.reference(agency, required(record, "allegation.complaint_id")) : complaint(record);
		String categoryCode = required(record, "allegation.category");
		String findingCode = text(record, "allegation.finding");
		return new HistoryRow(officer, complaint, category(categoryCode, unmappedCodes), categoryCode,
				text(record, "allegation.description"), finding(findingCode, unmappedCodes), findingCode);
	}

	HistoryRow row(CSVRecord record) {
		return row(record, (kind, code) -> {
		});
	}

	ImportedOfficer officer(CSVRecord record) {
		return new ImportedOfficer(agency, required(record, "officer.id"), badge(record),
				text(record, "officer.first_name"),
				text(record, "officer.last_name"), text(record, "officer.rank"), text(record, "officer.unit"),
				date(record, "officer.hire_date", false), date(record, "officer.separated", false),
				text(record, "officer.race"),
				text(record, "officer.gender"));
	}

	ImportedComplaint complaint(CSVRecord record) {
		return new ImportedComplaint(agency, required(record, "complaint.id"), date(record, "complaint.received", true),
				date(record, "complaint.closed", false));
	}

	Finding finding(String code) {
		return finding(code, (kind, unknown) -> {
		});
	}

	private Finding finding(String code, BiConsumer<String, String> unmappedCodes) {
		if (code == null) {
			return Finding.PENDING;
		}
		Optional<Finding> finding = translate(findings, code);
		if (finding.isPresent()) {
			return finding.get();
		}
		unmappedCodes.accept("finding", code);
		if (unmapped == Unmapped.ROW) {
			throw new IllegalArgumentException("finding '" + code + "' is not in the mapping " + name
					+ "; add it to one of the finding.* lines");
		}
		return Finding.CLOSED_NO_FINDING;
	}

	Category category(String code) {
		return category(code, (kind, unknown) -> {
		});
	}

	private Category category(String code, BiConsumer<String, String> unmappedCodes) {
		Optional<Category> category = translate(categories, code);
		if (category.isEmpty()) {
			unmappedCodes.accept("category", code);
		}
		return category.orElse(Category.OTHER);
	}

	/**
	 * What the mapping leaves early warning without, in words an administrator acts on: each missing field and the
	 * indicator or comparison it disables.
	 */
	public List<HistoryImportReport.Warning> warnings() {
		List<HistoryImportReport.Warning> warnings = new ArrayList<>();
		if (!maps("complaint.closed")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noClosed"));
		}
		if (!maps("officer.hire_date")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noHireDate"));
		}
		if (!maps("officer.rank")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noRank"));
		}
		if (reads("officers") && !maps("officer.separated")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noSeparated"));
		}
		if (!reads("officers")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noRoster"));
		}
		if (!maps("officer.race") || !maps("officer.gender")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noDemographics"));
		}
		return warnings;
	}

	private boolean maps(String field) {
		return keys.containsKey(field) || keys.containsKey(field + ".year") || keys.containsKey(field + ".default");
	}

	private static <T extends Enum<T>> Optional<T> translate(Map<T, List<String>> vocabulary, String code) {
		String wanted = code.strip().toLowerCase(Locale.ROOT);
		return vocabulary.entrySet().stream()
			.filter(entry -> entry.getValue().stream().anyMatch(pattern -> matches(pattern, wanted)))
			.map(Map.Entry::getKey).findFirst();
	}

	private static boolean matches(String pattern, String code) {
		return pattern.endsWith("*") ? code.startsWith(pattern.substring(0, pattern.length() - 1))
				: code.equals(pattern);
	}

	private <T extends Enum<T>> Map<T, List<String>> vocabulary(String prefix, Class<T> type) {
		Map<T, List<String>> vocabulary = new java.util.EnumMap<>(type);
		for (String key : keys.stringPropertyNames()) {
			if (key.startsWith(prefix)) {
				T canonical = Enum.valueOf(type, key.substring(prefix.length()).strip());
				List<String> codes = new ArrayList<>();
				for (String code : keys.getProperty(key).split("\\|")) {
					codes.add(code.strip().toLowerCase(Locale.ROOT));
				}
				vocabulary.put(canonical, codes);
			}
		}
		return vocabulary;
	}

	private String badge(CSVRecord record) {
		String badge = text(record, "officer.badge");
		return badge == null || noBadge.contains(badge) ? null : badge;
	}

	private LocalDate date(CSVRecord record, String field, boolean required) {
		String iso = text(record, field);
		String year = text(record, field + ".year");
		if (iso == null && year == null) {
			if (required) {
				throw new IllegalArgumentException(field + " is empty");
			}
			return null;
		}
		try {
			return iso != null ? LocalDate.parse(iso) : LocalDate.of(Integer.parseInt(year), month(record, field), 1);
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			throw new IllegalArgumentException(
					field + " '" + (iso != null ? iso : text(record, field + ".month") + "/" + year)
							+ "' is not a date (ISO like 2019-07-01, or a month 1-12 and a year)");
		}
	}

	private int month(CSVRecord record, String field) {
		String month = text(record, field + ".month");
		return month == null ? 1 : Integer.parseInt(month);
	}

	private String required(CSVRecord record, String field) {
		String value = text(record, field);
		if (value == null) {
			throw new IllegalArgumentException(field + " (column " + keys.getProperty(keyOf(field)) + ") is empty");
		}
		return value;
	}

	/** A field's value: its column's cell (or the part its pattern picks), its default when empty, or null. */
	private String text(CSVRecord record, String field) {
		String key = keyOf(field);
		String column = keys.getProperty(key);
		String value = null;
		if (column != null && record.isMapped(column.strip()) && record.isSet(column.strip())) {
			value = record.get(column.strip());
		}
		if (value != null && value.length() > 500) {
			throw new IllegalArgumentException(field + " is longer than 500 characters");
		}
		value = value == null || value.isBlank() ? null : part(field, value.strip());
		if (value == null) {
			String otherwise = keys.getProperty(key + ".default");
			return otherwise == null || otherwise.isBlank() ? null : otherwise.strip();
		}
		return value;
	}

	private String part(String field, String value) {
		Pattern pattern = patterns.getOrDefault(field, patterns.get(keyOf(field)));
		if (pattern == null) {
			return value;
		}
		Matcher matcher = pattern.matcher(value);
		if (!matcher.find()) {
			throw new IllegalArgumentException(
					field + " '" + value + "' does not match the pattern " + pattern.pattern());
		}
		String part = matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
		return part == null || part.isBlank() ? null : part.strip();
	}
}
