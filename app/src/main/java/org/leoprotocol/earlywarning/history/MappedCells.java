package org.leoprotocol.earlywarning.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import org.leoprotocol.earlywarning.history.HistoryRow.RowRefused;

/**
 * How a mapping reads a field from a CSV record: the column its key names (a join key falling back to the id it joins
 * on), the part its {@code .pattern} picks, its {@code .default} when the cell is empty, dates as ISO or as a month and
 * a year, and badge values that mean "no badge". A cell it cannot read refuses its row ({@link RowRefused}).
 */
final class MappedCells {

	/** The most characters a cell may hold. */
	static final int LONGEST = 500;

	private final Properties keys;
	private final Set<String> noBadge;
	private final Map<String, Pattern> patterns = new HashMap<>();

	MappedCells(Properties keys) {
		this.keys = keys;
		this.noBadge = Set.of(keys.getProperty("officer.badge.none", "").split("\\s*,\\s*"));
		keys.stringPropertyNames().stream().filter(key -> key.endsWith(".pattern"))
			.forEach(key -> patterns.put(key.substring(0, key.length() - ".pattern".length()),
					Pattern.compile(keys.getProperty(key).strip())));
	}

	/** The key a field is read by: a join key falls back to the id it joins on. */
	String keyOf(String field) {
		if (field.equals("allegation.officer_id") && !keys.containsKey(field)) {
			return "officer.id";
		}
		if (field.equals("allegation.complaint_id") && !keys.containsKey(field)) {
			return "complaint.id";
		}
		return field;
	}

	String badge(CSVRecord record) {
		String badge = text(record, "officer.badge");
		return badge == null || noBadge.contains(badge) ? null : badge;
	}

	LocalDate date(CSVRecord record, String field, boolean required) {
		String iso = text(record, field);
		String year = text(record, field + ".year");
		if (iso == null && year == null) {
			if (required) {
				throw new RowRefused("historyimport.row.empty", field);
			}
			return null;
		}
		try {
			return iso != null ? LocalDate.parse(iso) : LocalDate.of(Integer.parseInt(year), month(record, field), 1);
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			throw new RowRefused("historyimport.row.date", field,
					iso != null ? iso : text(record, field + ".month") + "/" + year);
		}
	}

	private int month(CSVRecord record, String field) {
		String month = text(record, field + ".month");
		return month == null ? 1 : Integer.parseInt(month);
	}

	String required(CSVRecord record, String field) {
		String value = text(record, field);
		if (value == null) {
			throw new RowRefused("historyimport.row.required", field, keys.getProperty(keyOf(field)));
		}
		return value;
	}

	/** A field's value: its column's cell (or the part its pattern picks), its default when empty, or null. */
	String text(CSVRecord record, String field) {
		String key = keyOf(field);
		String column = keys.getProperty(key);
		String value = null;
		if (column != null && record.isMapped(column.strip()) && record.isSet(column.strip())) {
			value = record.get(column.strip());
		}
		if (value != null && value.length() > LONGEST) {
			throw new RowRefused("historyimport.row.long", field, LONGEST);
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
			throw new RowRefused("historyimport.row.pattern", field, value, pattern.pattern());
		}
		String part = matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
		return part == null || part.isBlank() ? null : part.strip();
	}
}
