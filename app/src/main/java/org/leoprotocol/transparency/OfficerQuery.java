package org.leoprotocol.transparency;

import java.util.Arrays;

/**
 * What a visitor asked of the officer index, taken from the address so a search can be linked: text to find in
 * the officer's name (where the policy publishes names) or pseudonym, an order, and a page of
 * {@value #PAGE_SIZE} officers. Anything else is refused with a clear sentence.
 */
record OfficerQuery(String text, Order order, int page) {

	static final int PAGE_SIZE = 50;
	static final int MAX_TEXT = 80;
	static final int MAX_PAGE = 100_000;

	/** The orders offered, by the value sent in the address. */
	enum Order {
		NAME("name"), NAME_DESCENDING("-name"), UPDATED("updated");

		private final String parameter;

		Order(String parameter) {
			this.parameter = parameter;
		}

		String parameter() {
			return parameter;
		}
	}

	/** A refused search: the sentence in English, and its message key and arguments for the visitor's language. */
	static final class Refused extends IllegalArgumentException {

		private final String messageKey;
		private final transient Object[] arguments;

		Refused(String message, String messageKey, Object... arguments) {
			super(message);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		String messageKey() {
			return messageKey;
		}

		Object[] arguments() {
			return arguments.clone();
		}
	}

	static OfficerQuery of(String text, String order, Integer page) {
		String chosenText = text == null ? "" : text.strip();
		if (chosenText.length() > MAX_TEXT) {
			throw new Refused("A search has at most " + MAX_TEXT + " characters", "transparency.officers.refused.text", MAX_TEXT);
		}
		Order chosenOrder = order == null || order.isBlank() ? Order.NAME
				: Arrays.stream(Order.values()).filter(o -> o.parameter.equals(order.strip())).findFirst()
					.orElseThrow(() -> new Refused("Unknown order " + order.strip() + "; choose name, -name or updated",
							"transparency.officers.refused.order", order.strip()));
		if (page != null && (page < 1 || page > MAX_PAGE)) {
			throw new Refused("A page between 1 and " + MAX_PAGE + ", please", "transparency.officers.refused.page", MAX_PAGE);
		}
		return new OfficerQuery(chosenText, chosenOrder, page == null ? 1 : page);
	}

	int offset() {
		return (page - 1) * PAGE_SIZE;
	}

	/** The address of another page of the same search. */
	String link(int otherPage) {
		StringBuilder query = new StringBuilder("?page=").append(otherPage);
		if (!text.isEmpty()) {
			query.append("&q=").append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
		}
		if (order != Order.NAME) {
			query.append("&sort=").append(order.parameter);
		}
		return query.toString();
	}
}
