package org.leoprotocol.protocol.incident;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;

/**
 * Reads form fields into domain values, refusing what is not one of the offered choices. The field is named by a word
 * of Leo's vocabulary ({@code word.field.}), so the refusal reads in the reader's language.
 */
public final class PageInput {

	private PageInput() {
	}

	public static <E extends Enum<E>> E choice(Class<E> type, String value, Phrase what) {
		if (blank(value)) {
			throw new InvalidInput("protocol.choice.missing", what);
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("protocol.choice.invalid", value, what);
		}
	}

	public static Integer age(String age) {
		if (blank(age)) {
			return null;
		}
		try {
			return Integer.valueOf(age.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("protocol.person.age.whole", age);
		}
	}

	static Set<RiskFactor> risks(List<String> values) {
		Set<RiskFactor> risks = EnumSet.noneOf(RiskFactor.class);
		if (values != null) {
			values.forEach(value -> risks.add(choice(RiskFactor.class, value, new Phrase("word.field.risk-factor"))));
		}
		return risks;
	}

	static Boolean yesNo(String value) {
		return blank(value) ? null : "yes".equalsIgnoreCase(value.strip()) || "true".equalsIgnoreCase(value.strip());
	}

	public static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
