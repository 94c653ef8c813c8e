package org.leoprotocol.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

import org.leoprotocol.shared.Actor;

/**
 * Who is reading the home page and in which language: the signed-in staff member (for the modules' own need-to-know
 * checks) and the page's {@link Chrome} (texts in the reader's language, times in the agency's zone, labelled).
 */
public record HomeReader(Actor actor, Chrome page) {

	public String username() {
		return actor.username();
	}

	/** Whether the reader holds the role, named as in {@code org.leoprotocol.shared.Role}. */
	public boolean has(String role) {
		return page.hasRole(role);
	}

	public String t(String key, Object... arguments) {
		return page.t(key, arguments);
	}

	public String when(Instant instant) {
		return page.when(instant);
	}

	/** A month as a chart labels it: "May 2031", "may 2031". */
	public String month(YearMonth month) {
		return DateTimeFormatter.ofPattern("MMM yyyy", page.text().locale()).format(month);
	}

	/** The agency's current month and the {@code count - 1} before it, oldest first: a chart's months. */
	public List<YearMonth> lastMonths(Instant now, int count) {
		YearMonth current = YearMonth.from(LocalDate.ofInstant(now, page.time().zone()));
		return IntStream.range(0, count).mapToObj(back -> current.minusMonths(count - 1 - back)).toList();
	}
}
