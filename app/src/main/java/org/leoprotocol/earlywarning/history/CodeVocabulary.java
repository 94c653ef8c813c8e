package org.leoprotocol.earlywarning.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiConsumer;

import org.leoprotocol.earlywarning.Category;
import org.leoprotocol.earlywarning.Finding;
import org.leoprotocol.earlywarning.history.HistoryRow.RowRefused;

/**
 * A mapping's vocabulary tables: which of an agency's finding and category codes stand for which of Leo's
 * ({@code finding.SUSTAINED=SU|sustained}, a trailing {@code *} matching a prefix), and what becomes of a code no line
 * names ({@link UnmappedCodes}).
 */
final class CodeVocabulary {

	private final String mappingName;
	private final Map<Finding, List<String>> findings;
	private final Map<Category, List<String>> categories;
	private final UnmappedCodes unmapped;

	CodeVocabulary(String mappingName, Properties keys, UnmappedCodes unmapped) {
		this.mappingName = mappingName;
		this.unmapped = unmapped;
		this.findings = vocabulary(keys, "finding.", Finding.class);
		this.categories = vocabulary(keys, "category.", Category.class);
	}

	Finding finding(String code, BiConsumer<String, String> unmappedCodes) {
		if (code == null) {
			return Finding.PENDING;
		}
		Optional<Finding> finding = translate(findings, code);
		if (finding.isPresent()) {
			return finding.get();
		}
		unmappedCodes.accept("finding", code);
		if (unmapped == UnmappedCodes.ROW) {
			throw new RowRefused("historyimport.row.finding", code, mappingName);
		}
		return Finding.CLOSED_NO_FINDING;
	}

	Category category(String code, BiConsumer<String, String> unmappedCodes) {
		Optional<Category> category = translate(categories, code);
		if (category.isEmpty()) {
			unmappedCodes.accept("category", code);
		}
		return category.orElse(Category.OTHER);
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

	private static <T extends Enum<T>> Map<T, List<String>> vocabulary(Properties keys, String prefix,
			Class<T> type) {
		Map<T, List<String>> vocabulary = new java.util.EnumMap<>(type);
		for (String key : keys.stringPropertyNames()) {
			if (key.startsWith(prefix)) {
				T canonical = Enum.valueOf(type, key.substring(prefix.length()).strip());
				List<String> codes = new ArrayList<>();
				for (String code : keys.getProperty(key).split("\\|", -1)) {
					if (!code.isBlank()) {
						codes.add(code.strip().toLowerCase(Locale.ROOT));
					}
				}
				vocabulary.put(canonical, codes);
			}
		}
		return vocabulary;
	}
}
