package org.leoprotocol.conflicts.rule;

import java.text.Normalizer;
import java.util.Locale;

/** Compares people's names as a reader would: case, accents, punctuation and spacing do not matter. */
final class Names {

	private Names() {
	}

	static boolean same(String one, String other) {
		return one != null && other != null && !normal(one).isEmpty() && normal(one).equals(normal(other));
	}

	static String normal(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}
}
