package org.leoprotocol.earlywarning.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.leoprotocol.earlywarning.Category;
import org.leoprotocol.earlywarning.Finding;

/**
 * A mapping file read line by line, the way {@link java.util.Properties} reads it ({@code key=value} or
 * {@code key: value}, {@code #} and {@code !} comments, a trailing backslash continues the line), but remembering where
 * each key stands and checking every line against what a {@link HistoryMapping} understands: a misspelt key, a finding
 * or category Leo does not have, a key given twice. {@link java.util.Properties} itself would silently ignore all of
 * these, and the import would then fail row by row for a reason the administrator cannot see.
 */
final class MappingLines {

	/** Keys whose value names a column of a file. */
	static final Set<String> COLUMNS = Set.of("officer.id", "officer.badge", "officer.first_name", "officer.last_name",
			"officer.rank", "officer.unit", "officer.hire_date", "officer.hire_date.month", "officer.hire_date.year",
			"officer.separated", "officer.separated.month", "officer.separated.year", "officer.race", "officer.gender",
			"complaint.id", "complaint.received", "complaint.received.month", "complaint.received.year",
			"complaint.closed",
			"complaint.closed.month", "complaint.closed.year", "allegation.officer_id", "allegation.complaint_id",
			"allegation.category", "allegation.description", "allegation.finding");

	/** Keys that set how the whole mapping reads. */
	static final Set<String> SETTINGS = Set.of("format", "agency", "roster.link", "officer.badge.none",
			"codes.unmapped", "files");

	/** The files an agency's export may come in: one row per allegation, per complaint, per officer. */
	static final List<String> ROLES = List.of("allegations", "complaints", "officers");

	/** What a file of the export may declare: a file-name pattern, its columns when it has no header, its encoding. */
	static final List<String> FILE_KEYS = List.of("match", "columns", "encoding");

	static final Set<String> FIELDS = Stream.concat(COLUMNS.stream(), SETTINGS.stream())
		.collect(Collectors.toUnmodifiableSet());

	private final Map<String, Integer> lines = new LinkedHashMap<>();
	private final Map<String, String> values = new LinkedHashMap<>();
	private final List<MappingProblem> problems = new ArrayList<>();

	private MappingLines() {
	}

	static MappingLines read(String text) {
		MappingLines mapping = new MappingLines();
		String[] physical = text.split("\\R", -1);
		for (int i = 0; i < physical.length; i++) {
			int start = i + 1;
			String line = physical[i].strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
				continue;
			}
			StringBuilder logical = new StringBuilder();
			while (continues(line) && i + 1 < physical.length) {
				logical.append(line, 0, line.length() - 1);
				line = physical[++i].strip();
			}
			logical.append(line);
			mapping.entry(start, logical.toString());
		}
		mapping.required();
		mapping.files();
		return mapping;
	}

	List<MappingProblem> problems() {
		return problems;
	}

	/** The keys in the order the file gives them. */
	Map<String, String> values() {
		return values;
	}

	/** The line a key stands on, 0 when it is absent. */
	int line(String key) {
		return lines.getOrDefault(key, 0);
	}

	private void entry(int line, String text) {
		int separator = separator(text);
		if (separator < 0) {
			problems.add(new MappingProblem(line, "'" + shorten(text) + "' is not a key=value line"));
			return;
		}
		String key = text.substring(0, separator).strip();
		String value = text.substring(separator + 1).strip();
		if (lines.containsKey(key)) {
			problems.add(
					new MappingProblem(line, key + " is given again (first on line " + lines.get(key) + "); keep one"));
			return;
		}
		lines.put(key, line);
		values.put(key, value);
		String problem = check(key, value);
		if (problem != null) {
			problems.add(new MappingProblem(line, problem));
		}
	}

	private static String check(String key, String value) {
		if (key.startsWith("finding.")) {
			return canonical(key, "finding", Finding.values(), value);
		}
		if (key.startsWith("category.")) {
			return canonical(key, "category", Category.values(), value);
		}
		if (key.startsWith("file.")) {
			return fileKey(key, value);
		}
		String modified = key.replaceFirst("\\.(pattern|default)$", "");
		if (!modified.equals(key) && COLUMNS.contains(modified)) {
			return key.endsWith(".pattern") ? pattern(key, value) : null;
		}
		if (!FIELDS.contains(key)) {
			return "'" + shorten(key) + "' is not a mapping key; the keys are "
					+ String.join(", ", FIELDS.stream().sorted().toList())
					+ ", <column key>.pattern, <column key>.default, file.<ROLE>.match|columns|encoding, finding.<FINDING> and category.<CATEGORY>";
		}
		if (key.equals("format") && !value.equals("1") && !value.equals("2")) {
			return "format must be 1 or 2, not '" + shorten(value) + "'";
		}
		if (key.equals("codes.unmapped") && !value.equals("refuse") && !value.equals("other")) {
			return "codes.unmapped must be refuse or other, not '" + shorten(value) + "'";
		}
		if (key.equals("files")) {
			List<String> roles = List.of(value.split("\\s*,\\s*"));
			if (!ROLES.containsAll(roles) || !roles.contains("allegations")
					|| roles.size() != Set.copyOf(roles).size()) {
				return "files lists the export's files among " + String.join(", ", ROLES)
						+ ", allegations always, each once; not '"
						+ shorten(value) + "'";
			}
		}
		if (key.equals("roster.link") && !value.equalsIgnoreCase("none") && !value.equalsIgnoreCase("badge")) {
			return "roster.link must be none or badge, not '" + shorten(value) + "'";
		}
		if (value.isEmpty() && !key.equals("officer.badge.none")) {
			return key + " has no value";
		}
		return null;
	}

	private static String fileKey(String key, String value) {
		String[] parts = key.split("\\.", -1);
		if (parts.length != 3 || !ROLES.contains(parts[1]) || !FILE_KEYS.contains(parts[2])) {
			return "'" + shorten(key)
					+ "' is not a file key; use file.<ROLE>.match, file.<ROLE>.columns or file.<ROLE>.encoding with "
					+ "ROLE one of " + String.join(", ", ROLES);
		}
		if (parts[2].equals("encoding") && !java.nio.charset.Charset.isSupported(value)) {
			return key + ": '" + shorten(value)
					+ "' is not a character set this Java knows (UTF-8, ISO-8859-1, windows-1252, ...)";
		}
		return value.isEmpty() ? key + " has no value" : null;
	}

	private static String pattern(String key, String value) {
		try {
			Pattern.compile(value);
			return null;
		}
		catch (PatternSyntaxException ex) {
			return key + " is not a regular expression: " + ex.getDescription() + " near index " + ex.getIndex();
		}
	}

	private void files() {
		List<String> roles = values.containsKey("files") ? List.of(values.get("files").split("\\s*,\\s*"))
				: List.of("allegations");
		for (String key : lines.keySet()) {
			String[] parts = key.split("\\.", -1);
			if (key.startsWith("file.") && parts.length == 3 && ROLES.contains(parts[1]) && !roles.contains(parts[1])) {
				problems.add(new MappingProblem(lines.get(key),
						key + " describes a file that files= does not list (it lists "
								+ String.join(", ", roles) + ")"));
			}
		}
	}

	private static String canonical(String key, String kind, Enum<?>[] names, String value) {
		String name = key.substring(kind.length() + 1);
		if (Arrays.stream(names).noneMatch(known -> known.name().equals(name))) {
			return "'" + shorten(name) + "' is not a Leo " + kind + "; use one of "
					+ String.join(", ", Arrays.stream(names).map(Enum::name).toList());
		}
		return value.isEmpty() ? key + " lists no codes (separate codes with |)" : null;
	}

	private void required() {
		for (String key : HistoryMapping.REQUIRED) {
			if (!lines.containsKey(key)) {
				problems.add(new MappingProblem(0, "The mapping lacks " + key));
			}
		}
		if (!lines.containsKey("complaint.received") && !lines.containsKey("complaint.received.year")) {
			problems.add(new MappingProblem(0, "The mapping names no received date: set complaint.received, or "
					+ "complaint.received.month and complaint.received.year"));
		}
	}

	private static boolean continues(String line) {
		int backslashes = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static int separator(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '=' || c == ':') {
				return i;
			}
		}
		return -1;
	}

	private static String shorten(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}
}
