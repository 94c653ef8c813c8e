package org.leoprotocol.earlywarning;

import java.util.List;
import java.util.Locale;

import org.leoprotocol.earlywarning.reason.FlagReason;

import org.springframework.context.support.ResourceBundleMessageSource;

/** A flag's reasons as a reader of a given language reads them, from the early-warning and incident-page bundles. */
public final class ReasonFixtures {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/earlywarning-explained", "i18n/incident-page");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private ReasonFixtures() {
	}

	/** The reason as an English reader reads it. */
	public static String english(FlagReason reason) {
		return MESSAGES.getMessage(reason, Locale.ENGLISH);
	}

	/** The reason as a Spanish reader reads it. */
	public static String spanish(FlagReason reason) {
		return MESSAGES.getMessage(reason, Locale.forLanguageTag("es"));
	}

	/** The reasons of a flag as an English reader reads them. */
	public static List<String> english(List<FlagReason> reasons) {
		return reasons.stream().map(ReasonFixtures::english).toList();
	}

	/** The reasons of a rule as an English reader reads them. */
	public static String words(Reason reason) {
		return english(reason.words());
	}
}
