package org.leoprotocol.earlywarning;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;

/**
 * How one agency's complaint file reads as Leo's history: a declarative properties file that names the columns
 * holding each field, translates the agency's finding and category codes into {@link Finding} and
 * {@link Category}, and says how officers are identified. Codes are matched ignoring case; a code ending in
 * {@code *} matches every code that starts with it (CCRB writes the recommended penalty after the finding:
 * "Substantiated (Charges)"). Dates are either one ISO column ({@code complaint.received}) or a month and a
 * year column ({@code complaint.received.month} + {@code .year}), read as the first of the month; the same holds for
 * the optional {@code officer.hire_date}, which puts officers among peers of their five-year band of service. The shipped
 * mappings are in {@code classpath:early-warning/mappings/}; {@code ccrb.properties} is the annotated example.
 */
final class HistoryMapping {

	static final List<String> REQUIRED = List.of("agency", "officer.id", "complaint.id", "allegation.category",
			"allegation.finding");

	private final String name;
	private final String agency;
	private final Properties keys;
	private final Map<Finding, List<String>> findings;
	private final Map<Category, List<String>> categories;
	private final Set<String> noBadge;
	private final MappingLines lines;

	private HistoryMapping(String name, Properties keys, String rosterAgency, MappingLines lines) {
		this.name = name;
		this.lines = lines;
		String declared = keys.getProperty("agency").strip();
		this.agency = declared.equalsIgnoreCase("roster") ? rosterAgency : declared;
		this.keys = keys;
		this.findings = vocabulary("finding.", Finding.class);
		this.categories = vocabulary("category.", Category.class);
		this.noBadge = Set.of(keys.getProperty("officer.badge.none", "").split("\\s*,\\s*"));
	}

	/**
	 * Reads a mapping; {@code agency=roster} stands for this installation's own agency, {@code rosterAgency}.
	 *
	 * @throws InvalidMapping with every problem of the file and its line
	 */
	static HistoryMapping read(String name, Reader properties, String rosterAgency) throws IOException {
		String text = new java.io.BufferedReader(properties).lines().collect(java.util.stream.Collectors.joining("\n"));
		MappingLines lines = MappingLines.read(text);
		if (!lines.problems().isEmpty()) {
			throw new InvalidMapping(name, lines.problems());
		}
		Properties keys = new Properties();
		keys.load(new java.io.StringReader(text));
		return new HistoryMapping(name, keys, rosterAgency, lines);
	}

	String name() {
		return name;
	}

	String agency() {
		return agency;
	}

	/** Whether officers are linked to the Leo roster by badge number (for the agency's own records). */
	boolean linksRosterByBadge() {
		return "badge".equalsIgnoreCase(keys.getProperty("roster.link", "none").strip());
	}

	/** The columns this mapping reads that the file's header lacks, each at the mapping line that names it. */
	List<MappingProblem> missingColumns(Collection<String> header) {
		Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		present.addAll(header);
		return keys.stringPropertyNames().stream().filter(HistoryMapping::namesAColumn)
			.filter(key -> !present.contains(keys.getProperty(key).strip()))
			.map(key -> new MappingProblem(lines.line(key), key + " names the column '" + keys.getProperty(key).strip()
					+ "', which the CSV header lacks (it has " + String.join(", ", header) + ")"))
			.sorted(java.util.Comparator.comparingInt(MappingProblem::line)).toList();
	}

	HistoryRow row(CSVRecord record) {
		String closedFinding = text(record, "allegation.finding");
		LocalDate closedOn = date(record, "complaint.closed", false);
		return new HistoryRow(agency(), required(record, "officer.id"), badge(record), text(record, "officer.first_name"),
				text(record, "officer.last_name"), text(record, "officer.rank"), text(record, "officer.unit"),
				date(record, "officer.hire_date", false),
				required(record, "complaint.id"), date(record, "complaint.received", true), closedOn,
				category(required(record, "allegation.category")), required(record, "allegation.category"),
				text(record, "allegation.description"), finding(closedFinding), closedFinding);
	}

	Finding finding(String code) {
		if (code == null) {
			return Finding.PENDING;
		}
		return translate(findings, code).orElseThrow(() -> new IllegalArgumentException("finding '" + code
				+ "' is not in the mapping " + name + "; add it to one of the finding.* lines"));
	}

	Category category(String code) {
		return translate(categories, code).orElse(Category.OTHER);
	}

	private static <T extends Enum<T>> java.util.Optional<T> translate(Map<T, List<String>> vocabulary, String code) {
		String wanted = code.strip().toLowerCase(Locale.ROOT);
		return vocabulary.entrySet().stream()
			.filter(entry -> entry.getValue().stream().anyMatch(pattern -> matches(pattern, wanted)))
			.map(Map.Entry::getKey).findFirst();
	}

	private static boolean matches(String pattern, String code) {
		return pattern.endsWith("*") ? code.startsWith(pattern.substring(0, pattern.length() - 1)) : code.equals(pattern);
	}

	private <T extends Enum<T>> Map<T, List<String>> vocabulary(String prefix, Class<T> type) {
		Map<T, List<String>> vocabulary = new java.util.EnumMap<>(type);
		for (String key : keys.stringPropertyNames()) {
			if (key.startsWith(prefix)) {
				T canonical = canonical(type, key.substring(prefix.length()));
				List<String> codes = new ArrayList<>();
				for (String code : keys.getProperty(key).split("\\|")) {
					codes.add(code.strip().toLowerCase(Locale.ROOT));
				}
				vocabulary.put(canonical, codes);
			}
		}
		return vocabulary;
	}

	private <T extends Enum<T>> T canonical(Class<T> type, String value) {
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The mapping " + name + " names '" + value + "', which is not one of "
					+ List.of(type.getEnumConstants()));
		}
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
			throw new IllegalArgumentException(field + " '" + (iso != null ? iso : text(record, field + ".month") + "/" + year)
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
			throw new IllegalArgumentException(field + " (column " + keys.getProperty(field) + ") is empty");
		}
		return value;
	}

	private String text(CSVRecord record, String field) {
		String column = keys.getProperty(field);
		if (column == null || !record.isMapped(column.strip()) || !record.isSet(column.strip())) {
			return null;
		}
		String value = record.get(column.strip());
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > 500) {
			throw new IllegalArgumentException(field + " is longer than 500 characters");
		}
		return value.strip();
	}

	private static boolean namesAColumn(String key) {
		return key.startsWith("officer.") && !key.equals("officer.badge.none") || key.startsWith("complaint.")
				|| key.startsWith("allegation.");
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
