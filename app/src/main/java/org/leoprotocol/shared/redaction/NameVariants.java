package org.leoprotocol.shared.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds one name in a text however it is spelled: in any case, with diacritics, digits or signs for letters
 * ({@link Letters}), letters repeated (Tommmy), and up to {@value #MAX_GAP} signs between letters (T.o.m.m.y,
 * T-o-m-m-y, T_o_m_m_y, zero-width spaces). Spaces between letters count only between single letters (T o m m y), so
 * that "to my" is not taken for Tommy. The name must stand as a word: no letter right before or after it, so "Leonard"
 * is not "Leo", but "Tommy's" is "Tommy", and names written together in camel case ("CoraMiller") are each found. A
 * digit may stand for the first letter of a name of four letters or more (7ommy), never of a shorter one, so "5am" is a
 * time, not Sam.
 */
final class NameVariants {

	static final int MAX_GAP = 3;
	private static final String SIGNS_STARTING_A_NAME = "@$!|";

	private final String skeleton;

	NameVariants(String name) {
		this.skeleton = Letters.skeleton(name);
	}

	boolean usable() {
		return skeleton.length() >= 2;
	}

	/** Every place the name stands in the text, as [start, end) pairs. */
	List<int[]> find(String text) {
		List<int[]> found = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int end = startsAt(text, i) ? matchFrom(text, i) : -1;
			if (end > 0) {
				found.add(new int[] { i, end });
				i = end;
			}
			else {
				i++;
			}
		}
		return found;
	}

	private boolean startsAt(String text, int i) {
		char c = text.charAt(i);
		return (i == 0 || !Letters.isWritten(text.charAt(i - 1)) || joined(text, i))
				&& Letters.of(c) == skeleton.charAt(0)
				&& (Letters.isWritten(c) || (Character.isDigit(c) && skeleton.length() >= 4)
						|| SIGNS_STARTING_A_NAME.indexOf(c) >= 0);
	}

	/** The end of the name starting at {@code start}, or -1 when it is not there. */
	private int matchFrom(String text, int start) {
		int matched = 0;
		char last = Letters.NONE;
		int i = start;
		int end = -1;
		while (i < text.length()) {
			char letter = Letters.of(text.charAt(i));
			if (letter != Letters.NONE) {
				if (matched < skeleton.length() && letter == skeleton.charAt(matched)) {
					matched++;
				}
				else if (letter != last) {
					break;
				}
				last = letter;
				i++;
				end = matched == skeleton.length() ? i : -1;
				continue;
			}
			if (matched == skeleton.length()) {
				break;
			}
			int gapEnd = gapEnd(text, i);
			if (gapEnd < 0) {
				return -1;
			}
			i = gapEnd;
		}
		if (end < 0 || (end < text.length() && Letters.isWritten(text.charAt(end)) && !joined(text, end))) {
			return -1;
		}
		return end;
	}

	/**
	 * Whether a word begins at {@code at} inside a run of letters, as names written together do ("CoraMiller",
	 * "TommyReyes"): a capital right after a small letter.
	 */
	private static boolean joined(String text, int at) {
		return at > 0 && Character.isUpperCase(text.charAt(at)) && Character.isLowerCase(text.charAt(at - 1));
	}

	/** The end of the gap of signs at {@code from} inside a name, or -1 when the gap ends the word. */
	private static int gapEnd(String text, int from) {
		int j = from;
		boolean space = false;
		while (j < text.length() && Letters.of(text.charAt(j)) == Letters.NONE) {
			space |= Character.isWhitespace(text.charAt(j));
			j++;
		}
		if (j - from > MAX_GAP || j == text.length()) {
			return -1;
		}
		if (space && !(singleLetter(text, from - 1) || singleLetter(text, j))) {
			return -1;
		}
		return j;
	}

	/** Whether the letter at {@code at} stands alone between gaps, as in "T o m m y". */
	private static boolean singleLetter(String text, int at) {
		boolean before = at == 0 || Letters.of(text.charAt(at - 1)) == Letters.NONE;
		boolean after = at + 1 >= text.length() || Letters.of(text.charAt(at + 1)) == Letters.NONE;
		return before && after;
	}
}
