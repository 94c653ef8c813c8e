package org.leoprotocol.shared.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one gate every public free text passes on its way out of Leo: review-board minutes, public case summaries,
 * description broadcasts and their CAP and PFIF exports, outreach events and survey results. The caller supplies the
 * people its record names (children, guardians, complainants, witnesses, reporters, officers, with the nicknames the
 * record gives them); the gate finds each name however it is spelled ({@link NameVariants}) and the phrases that
 * identify a child without a name ({@link IdentifyingPhrases}).
 *
 * <p>
 * Text that is published after review is {@linkplain #redact redacted}: each find is replaced by the person's part
 * ("[child]") and listed for the approver. A broadcast goes out at once and is read aloud, so it is
 * {@linkplain #namesIn refused} instead of altered: it must say age, clothing and appearance, never a name (Code Adam
 * practice, 42 U.S.C. 5792a(b)(2)).
 */
public final class RedactionGate {

	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sgt", "sergeant", "officer",
			"deputy", "chief", "lt", "det", "detective", "capt", "captain", "sr", "sra", "srta", "jr", "don", "doña",
			"the", "board", "member",
			"review", "union", "representative", "counsel", "attorney", "lawyer", "chair", "investigator", "witness",
			"complainant");
	/** Names of the protocol itself, which the first lost child of its story gave it; never a person here. */
	private static final Pattern PROTOCOL_NAME = Pattern.compile(
			"\\bLeo(?:'s|’s)?\\s+Protocol\\b|\\bProtocolo\\s+(?:de\\s+)?Leo\\b",
			Pattern.CASE_INSENSITIVE);

	private RedactionGate() {
	}

	/** The text with every name and identifying phrase replaced, and what was replaced. */
	public static Redacted redact(String text, Collection<PersonInRecord> people) {
		if (text == null || text.isEmpty()) {
			return new Redacted(text, List.of());
		}
		List<Span> spans = new ArrayList<>(names(text, people));
		spans.addAll(IdentifyingPhrases.in(text));
		List<Span> merged = merged(text, spans);
		StringBuilder out = new StringBuilder();
		List<Removal> removals = new ArrayList<>();
		int at = 0;
		for (Span span : merged) {
			out.append(text, at, span.start()).append(span.mark());
			removals.add(new Removal(text.substring(span.start(), span.end()), span.mark(), span.reason()));
			at = span.end();
		}
		return new Redacted(out.append(text.substring(at)).toString(), removals);
	}

	/** Every spelling of a person's name the text contains; empty when it names no one. */
	public static List<Removal> namesIn(String text, Collection<PersonInRecord> people) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return merged(text, names(text, people)).stream()
			.map(span -> new Removal(text.substring(span.start(), span.end()), span.mark(), span.reason())).toList();
	}

	/**
	 * Each person's finds, the parts of their name written side by side made one, so that "Mark Miller" is the
	 * officer's whole name rather than his first name beside the complainant's surname.
	 */
	private static List<Span> names(String text, Collection<PersonInRecord> people) {
		List<int[]> exempt = new ArrayList<>();
		Matcher protocol = PROTOCOL_NAME.matcher(text);
		while (protocol.find()) {
			exempt.add(new int[] { protocol.start(), protocol.end() });
		}
		List<Span> spans = new ArrayList<>();
		for (PersonInRecord person : people) {
			List<Span> theirs = new ArrayList<>();
			for (String word : words(person)) {
				for (int[] found : new NameVariants(word).find(text)) {
					if (exempt.stream().noneMatch(e -> e[0] <= found[0] && found[1] <= e[1])) {
						theirs.add(new Span(found[0], found[1], person.party().mark(), Removal.NAME));
					}
				}
			}
			spans.addAll(merged(text, theirs));
		}
		return spans;
	}

	/**
	 * The words of each spelling that identify the person: a one-word name or nickname whole, and of a longer name each
	 * part of three letters or more that begins with a capital when any does (so "A resident" names no one); never a
	 * title or a word of a role ("Sgt.", "Mr.", "board member"), which a record sometimes writes in place of a name.
	 */
	static List<String> words(PersonInRecord person) {
		List<String> words = new ArrayList<>();
		for (String spelling : person.spellings()) {
			String[] parts = Arrays.stream(spelling.split("[\\s,]+")).filter(p -> !p.isBlank()).toArray(String[]::new);
			if (parts.length == 1) {
				words.add(parts[0]);
				continue;
			}
			boolean capitalised = Arrays.stream(parts).anyMatch(part -> Character.isUpperCase(part.charAt(0)));
			Arrays.stream(parts).filter(part -> !capitalised || !Character.isLowerCase(part.charAt(0)))
				.filter(part -> Letters.skeleton(part).length() >= 3 || part.replaceAll("\\P{L}", "").length() >= 3)
				.filter(part -> !TITLES.contains(part.replaceAll("\\P{L}", "").toLowerCase(Locale.ROOT)))
				.forEach(words::add);
		}
		return words.stream().filter(word -> !TITLES.contains(word.replaceAll("\\P{L}", "").toLowerCase(Locale.ROOT)))
			.filter(word -> new NameVariants(word).usable()).distinct().toList();
	}

	/**
	 * Overlapping finds joined into one (the longer's mark wins), and the parts of one name written side by side ("Cora
	 * Miller") made one find.
	 */
	private static List<Span> merged(String text, List<Span> spans) {
		List<Span> sorted = spans.stream().sorted(
				Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::length).reversed()))
			.toList();
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && (last.overlaps(span) || sameNameAdjacent(text, last, span))) {
				Span longer = last.length() >= span.length() ? last : span;
				merged.set(merged.size() - 1,
						new Span(last.start(), Math.max(last.end(), span.end()), longer.mark(), longer.reason()));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

	private static boolean sameNameAdjacent(String text, Span last, Span next) {
		return last.mark().equals(next.mark()) && last.reason().equals(next.reason()) && next.start() >= last.end()
				&& text.substring(last.end(), next.start()).isBlank();
	}
}
