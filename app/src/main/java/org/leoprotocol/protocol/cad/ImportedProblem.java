package org.leoprotocol.protocol.cad;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.leoprotocol.shared.Refusal;

/**
 * A refusal met while checking an imported incident, said in English: an import's problems are listed in the language
 * of the CAD export, for the analyst who prepared it, and kept with the refused batch.
 */
final class ImportedProblem {

	private static final ResourceBundle REFUSALS = ResourceBundle.getBundle("i18n/refusals", Locale.ROOT);

	private ImportedProblem() {
	}

	static String of(Refusal refusal) {
		try {
			return new MessageFormat(REFUSALS.getString(refusal.messageKey()), Locale.ENGLISH)
				.format(refusal.messageArguments());
		}
		catch (MissingResourceException unknown) {
			return refusal.getMessage();
		}
	}
}
