package org.leoprotocol.transparency.officer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;

import org.leoprotocol.shared.InvalidInput;

/**
 * What a visitor asked of the officer index, taken from the address so a search can be linked: text to find in the
 * officer's name (where the policy publishes names) or pseudonym, an order, and where the page starts. A page of
 * {@value #PAGE_SIZE} officers starts after (or ends before) the row another page ended (began) with, carried in the
 * address as that row's {@link Position}: keyset paging, which an index serves in the same time on the first page and
 * the thousandth, where OFFSET would read and discard every row before. The old form {@code page=N} still works, for
 * addresses already shared. Anything else is refused with a clear sentence.
 */
public record OfficerQuery(String text, OfficerOrder order, int page, Position after, Position before) {

	static final int PAGE_SIZE = 50;
	static final int MAX_TEXT = 80;
	static final int MAX_PAGE = 100_000;

	/**
	 * A row's place in the order: its sort value (the label, or the last update in microseconds since the epoch) and
	 * its page key, which breaks ties. In an address it is one base64url token, public data only.
	 */
	record Position(String value, String key) {

		private static final char SEPARATOR = '\u001f';

		String token() {
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString((value + SEPARATOR + key).getBytes(StandardCharsets.UTF_8));
		}

		static Position of(String token) {
			String decoded;
			try {
				decoded = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException notBase64) {
				throw unreadable();
			}
			int separator = decoded.lastIndexOf(SEPARATOR);
			if (separator < 0 || token.length() > 400) {
				throw unreadable();
			}
			return new Position(decoded.substring(0, separator), decoded.substring(separator + 1));
		}

		/** The last update, for {@link OfficerOrder#UPDATED}; a position made under another order is refused. */
		Instant updatedAt() {
			try {
				long micros = Long.parseLong(value);
				return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
			}
			catch (NumberFormatException | ArithmeticException ex) {
				throw unreadable();
			}
		}

		private static InvalidInput unreadable() {
			return new InvalidInput("transparency.officers.refused.position");
		}

		static Position of(OfficerPage page, OfficerOrder order) {
			return new Position(
					order == OfficerOrder.UPDATED
							? Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, page.updatedAt()))
							: page.label(),
					page.key());
		}
	}

	public static OfficerQuery of(String text, String order, Integer page) {
		return of(text, order, page, null, null);
	}

	public static OfficerQuery of(String text, String order, Integer page, String after, String before) {
		String chosenText = text == null ? "" : text.strip();
		if (chosenText.length() > MAX_TEXT) {
			throw new InvalidInput("transparency.officers.refused.text", MAX_TEXT);
		}
		OfficerOrder chosenOrder = order == null || order.isBlank() ? OfficerOrder.NAME
				: Arrays.stream(OfficerOrder.values()).filter(o -> o.parameter().equals(order.strip())).findFirst()
					.orElseThrow(() -> new InvalidInput("transparency.officers.refused.order", order.strip()));
		if (page != null && (page < 1 || page > MAX_PAGE)) {
			throw new InvalidInput("transparency.officers.refused.page", MAX_PAGE);
		}
		Position afterRow = after == null || after.isBlank() ? null : Position.of(after);
		Position beforeRow = afterRow != null || before == null || before.isBlank() ? null : Position.of(before);
		OfficerQuery query = new OfficerQuery(chosenText, chosenOrder,
				page == null || afterRow != null || beforeRow != null ? 1 : page,
				afterRow, beforeRow);
		if (chosenOrder == OfficerOrder.UPDATED && query.position() != null) {
			query.position().updatedAt();
		}
		return query;
	}

	/** Where this page starts or ends, or null for the first page or a page by number. */
	Position position() {
		return after != null ? after : before;
	}

	/** Whether this page is read backwards from {@link #before}, to be shown in the order asked. */
	boolean backwards() {
		return before != null;
	}

	int offset() {
		return (page - 1) * PAGE_SIZE;
	}

	/** Whether rows come before this page: a page by number past the first, or a page after or before a row. */
	boolean hasEarlierRows() {
		return page > 1 || after != null;
	}

	/** The address of the page after the row at this position, in the same search. */
	String after(Position last) {
		return link("after", last);
	}

	/** The address of the page before the row at this position, in the same search. */
	String before(Position first) {
		return link("before", first);
	}

	private String link(String direction, Position position) {
		StringBuilder query = new StringBuilder("?").append(direction).append('=').append(position.token());
		if (!text.isEmpty()) {
			query.append("&q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		if (order != OfficerOrder.NAME) {
			query.append("&sort=").append(order.parameter());
		}
		return query.toString();
	}
}
