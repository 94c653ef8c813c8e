package org.leoprotocol.earlywarning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mapping file read line by line, the way {@link java.util.Properties} reads it ({@code key=value} or
 * {@code key: value}, {@code #} and {@code !} comments, a trailing backslash continues the line), but remembering
 * where each key stands and checking every line against what a {@link HistoryMapping} understands: a misspelt key,
 * a finding or category Leo does not have, a key given twice. {@link java.util.Properties} itself would silently
 * ignore all of these, and the import would then fail row by row for a reason the administrator cannot see.
 */
final class MappingLines {

	static final Set<String> FIELDS = Set.of("agency", "roster.link", "officer.id", "officer.badge", "officer.badge.none",
			"officer.first_name", "officer.last_name", "officer.rank", "officer.unit", "officer.hire_date", "officer.hire_date.month",
			"officer.hire_date.year", "complaint.id", "complaint.received",
			"complaint.received.month", "complaint.received.year", "complaint.closed", "complaint.closed.month",
			"complaint.closed.year", "allegation.category", "allegation.description", "allegation.finding");

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
		return mapping;
	}

	List<MappingProblem> problems() {
		return problems;
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
			problems.add(new MappingProblem(line, key + " is given again (first on line " + lines.get(key) + "); keep one"));
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
		if (!FIELDS.contains(key)) {
			return "'" + shorten(key) + "' is not a mapping key; the keys are " + String.join(", ", FIELDS.stream().sorted().toList())
					+ ", finding.<FINDING> and category.<CATEGORY>";
		}
		if (key.equals("roster.link") && !value.equalsIgnoreCase("none") && !value.equalsIgnoreCase("badge")) {
			return "roster.link must be none or badge, not '" + shorten(value) + "'";
		}
		if (value.isEmpty() && !key.equals("officer.badge.none")) {
			return key + " has no value";
		}
		return null;
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
