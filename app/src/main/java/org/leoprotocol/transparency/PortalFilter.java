package org.leoprotocol.transparency;

import java.util.Arrays;

import org.leoprotocol.investigations.Category;
import org.leoprotocol.shared.InvalidInput;

/**
 * What a visitor filtered the portal by, taken from the address so every view can be linked: a year (or all), a unit
 * code (or all), a category of allegation (or all). A category Leo does not know is refused.
 */
record PortalFilter(int year, String unit, String category) {

	static PortalFilter of(Integer year, String unit, String category) {
		String chosenCategory = blank(category) ? Rollup.ALL : category.strip();
		if (!Rollup.ALL.equals(chosenCategory)
				&& Arrays.stream(Category.values()).noneMatch(c -> c.name().equals(chosenCategory))) {
			throw new InvalidInput("transparency.filter.category.unknown", chosenCategory,
					Arrays.toString(Category.values()));
		}
		if (year != null && (year < 1900 || year > 9999)) {
			throw new InvalidInput("transparency.filter.year.invalid");
		}
		String chosenUnit = blank(unit) ? Rollup.ALL : unit.strip();
		if (chosenUnit.length() > 40) {
			throw new InvalidInput("transparency.filter.unit.long");
		}
		return new PortalFilter(year == null ? Rollup.ALL_YEARS : year, chosenUnit, chosenCategory);
	}

	String query() {
		StringBuilder query = new StringBuilder();
		if (year != Rollup.ALL_YEARS) {
			query.append("&year=").append(year);
		}
		if (!Rollup.ALL.equals(unit)) {
			query.append("&unit=").append(java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8));
		}
		if (!Rollup.ALL.equals(category)) {
			query.append("&category=").append(category);
		}
		return query.isEmpty() ? "" : "?" + query.substring(1);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
