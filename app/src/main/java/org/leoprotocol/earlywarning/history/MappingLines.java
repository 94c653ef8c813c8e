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
import org.leoprotocol.shared.phrase.Sentence;

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
			problems.add(MappingProblem.at(line, "earlywarning.mapping.notKeyValue", shorten(text)));
			return;
		}
		String key = text.substring(0, separator).strip();
		String value = text.substring(separator + 1).strip();
		if (lines.containsKey(key)) {
			problems
				.add(MappingProblem.at(line, "earlywarning.mapping.givenAgain", key, String.valueOf(lines.get(key))));
			return;
		}
		lines.put(key, line);
		values.put(key, value);
		Sentence problem = check(key, value);
		if (problem != null) {
			problems.add(new MappingProblem(line, problem));
		}
	}

	private static Sentence check(String key, String value) {
		if (key.startsWith("finding.")) {
			return canonical(key, "finding", Finding.values(), value, "earlywarning.mapping.notAFinding");
		}
		if (key.startsWith("category.")) {
			return canonical(key, "category", Category.values(), value, "earlywarning.mapping.notACategory");
		}
		if (key.startsWith("file.")) {
			return fileKey(key, value);
		}
		String modified = key.replaceFirst("\\.(pattern|default)$", "");
		if (!modified.equals(key) && COLUMNS.contains(modified)) {
			return key.endsWith(".pattern") ? pattern(key, value) : null;
		}
		if (!FIELDS.contains(key)) {
			return Sentence.of("earlywarning.mapping.notAKey", shorten(key),
					String.join(", ", FIELDS.stream().sorted().toList()));
		}
		if (key.equals("format") && !value.equals("1") && !value.equals("2")) {
			return Sentence.of("earlywarning.mapping.format", shorten(value));
		}
		if (key.equals("codes.unmapped") && !value.equals("refuse") && !value.equals("other")) {
			return Sentence.of("earlywarning.mapping.codesUnmapped", shorten(value));
		}
		if (key.equals("files")) {
			List<String> roles = List.of(value.split("\\s*,\\s*"));
			if (!ROLES.containsAll(roles) || !roles.contains("allegations")
					|| roles.size() != Set.copyOf(roles).size()) {
				return Sentence.of("earlywarning.mapping.files", String.join(", ", ROLES), shorten(value));
			}
		}
		if (key.equals("roster.link") && !value.equalsIgnoreCase("none") && !value.equalsIgnoreCase("badge")) {
			return Sentence.of("earlywarning.mapping.rosterLink", shorten(value));
		}
		if (value.isEmpty() && !key.equals("officer.badge.none")) {
			return Sentence.of("earlywarning.mapping.noValue", key);
		}
		return null;
	}

	private static Sentence fileKey(String key, String value) {
		String[] parts = key.split("\\.", -1);
		if (parts.length != 3 || !ROLES.contains(parts[1]) || !FILE_KEYS.contains(parts[2])) {
			return Sentence.of("earlywarning.mapping.notAFileKey", shorten(key), String.join(", ", ROLES));
		}
		if (parts[2].equals("encoding") && !java.nio.charset.Charset.isSupported(value)) {
			return Sentence.of("earlywarning.mapping.encoding", key, shorten(value));
		}
		return value.isEmpty() ? Sentence.of("earlywarning.mapping.noValue", key) : null;
	}

	private static Sentence pattern(String key, String value) {
		try {
			Pattern.compile(value);
			return null;
		}
		catch (PatternSyntaxException ex) {
			return Sentence.of("earlywarning.mapping.pattern", key, ex.getDescription(), String.valueOf(ex.getIndex()));
		}
	}

	private void files() {
		List<String> roles = values.containsKey("files") ? List.of(values.get("files").split("\\s*,\\s*"))
				: List.of("allegations");
		for (String key : lines.keySet()) {
			String[] parts = key.split("\\.", -1);
			if (key.startsWith("file.") && parts.length == 3 && ROLES.contains(parts[1]) && !roles.contains(parts[1])) {
				problems.add(MappingProblem.at(lines.get(key), "earlywarning.mapping.fileNotListed", key,
						String.join(", ", roles)));
			}
		}
	}

	private static Sentence canonical(String key, String kind, Enum<?>[] names, String value, String unknown) {
		String name = key.substring(kind.length() + 1);
		if (Arrays.stream(names).noneMatch(known -> known.name().equals(name))) {
			return Sentence.of(unknown, shorten(name),
					String.join(", ", Arrays.stream(names).map(Enum::name).toList()));
		}
		return value.isEmpty() ? Sentence.of("earlywarning.mapping.noCodes", key) : null;
	}

	private void required() {
		for (String key : HistoryMapping.REQUIRED) {
			if (!lines.containsKey(key)) {
				problems.add(MappingProblem.of("earlywarning.mapping.lacks", key));
			}
		}
		if (!lines.containsKey("complaint.received") && !lines.containsKey("complaint.received.year")) {
			problems.add(MappingProblem.of("earlywarning.mapping.noReceived"));
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
