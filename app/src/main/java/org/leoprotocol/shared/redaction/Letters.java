package org.leoprotocol.shared.redaction;

import java.text.Normalizer;
import java.util.Map;

/**
 * What letter a character stands for when someone spells a name to get it past a filter: case and diacritics dropped
 * (Tómmy, ＴＯＭＭＹ), digits and signs read as the letters they resemble (T0mmy, $am, C@ra), Cyrillic and Greek look-alikes
 * read as Latin. "i", "l", "1", "!" and "|" are one letter, since each is written for the others.
 */
final class Letters {

	/** Not a letter: a gap that may sit inside a spelled-out name, or a word boundary. */
	static final char NONE = 0;

	private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(Map.entry('0', 'o'), Map.entry('1', 'i'),
			Map.entry('!', 'i'), Map.entry('|', 'i'), Map.entry('3', 'e'), Map.entry('4', 'a'), Map.entry('@', 'a'),
			Map.entry('5', 's'), Map.entry('$', 's'), Map.entry('7', 't'), Map.entry('ł', 'i'), Map.entry('ø', 'o'),
			Map.entry('đ', 'd'), Map.entry('ı', 'i'), Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'),
			Map.entry('р', 'p'), Map.entry('с', 'c'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'),
			Map.entry('к', 'k'), Map.entry('м', 'm'), Map.entry('т', 't'), Map.entry('в', 'b'), Map.entry('н', 'h'),
			Map.entry('ο', 'o'), Map.entry('α', 'a'), Map.entry('ε', 'e'), Map.entry('ι', 'i'), Map.entry('κ', 'k'),
			Map.entry('ν', 'v'), Map.entry('τ', 't'), Map.entry('υ', 'u'));

	private Letters() {
	}

	/** The plain lower-case letter the character stands for, or {@link #NONE}. */
	static char of(char c) {
		char lower = Character.toLowerCase(c);
		Character alike = LOOK_ALIKES.get(lower);
		if (alike != null) {
			return alike;
		}
		if (!Character.isLetter(c)) {
			return NONE;
		}
		String plain = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFKD);
		char first = Character.toLowerCase(plain.charAt(0));
		return first == 'l' ? 'i' : first;
	}

	/** Whether the character is written as a letter (a digit or a sign is not, even when it stands for one). */
	static boolean isWritten(char c) {
		return Character.isLetter(c);
	}

	/** The letters of a name with repeats collapsed: "Tommy" and "Tommmy" are both "tomy". */
	static String skeleton(String name) {
		StringBuilder skeleton = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			char letter = of(c);
			if (letter != NONE && (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != letter)) {
				skeleton.append(letter);
			}
		}
		return skeleton.toString();
	}
}
