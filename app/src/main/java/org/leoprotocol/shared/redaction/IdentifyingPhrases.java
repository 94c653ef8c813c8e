package org.leoprotocol.shared.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that identify a person without naming them, in English and Spanish: a relationship with an age ("her son
 * Diego, 9", "his daughter, aged 7", "my five-year-old son", "her youngest son, Pedro Ruiz, 9", "su hijo Diego, de 9
 * años", "la hija de Ana, de 7 años"), which in a small community points to one child as surely as a name; and email
 * addresses and telephone numbers. The combination of a relation and an age is a quasi-identifier in the sense of the
 * HIPAA de-identification standard (45 CFR 164.514(b)(2): ages and relatives are among the identifiers removed) and of
 * Sweeney's k-anonymity.
 */
final class IdentifyingPhrases {

	private static final String NUMBER_EN = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)";
	private static final String NUMBER_ES = "(?:\\d{1,2}|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete)";
	private static final String RELATION_EN = "(?:sons?|daughters?|child|children|kids?|boy|girl|baby|toddler|nephew|niece|grandson|granddaughter|grandchild|stepson|stepdaughter|brother|sister)";
	private static final String RELATION_ES = "(?:hij[oa]s?|niñ[oa]|beb[ée]|niet[oa]|sobrin[oa]|herman[oa]|hijastr[oa]|pequeñ[oa])";
	private static final String OWNER_EN = "(?:his|her|their|my|our|your|the|a)";
	private static final String OWNER_ES = "(?:su|sus|mi|mis|tu|el|la|del|al)";
	/**
	 * Up to two capitalised words of a name after the relation, a comma allowed before it ("her son, Pedro Ruiz, 9").
	 */
	private static final String NAME_WORD = "(?:,?\\s+(?-i:\\p{Lu})[\\p{L}'’.-]*){0,2}";
	/** A word that says which child without naming it ("her youngest son", "his little girl", "su hijo menor"). */
	private static final String SIZE_EN = "(?:(?:little|young|younger|youngest|older|oldest|eldest|elder|only|baby|teenage|small|big|middle)\\s+)?";
	private static final String SIZE_ES = "(?:\\s+(?:menor|mayor|pequeñ[oa]|chiquit[oa]|únic[oa]|adolescente))?";
	private static final String AGE_EN = "(?:\\(\\s*)?(?:aged?\\s+|age\\s+)?" + NUMBER_EN
			+ "(?:\\s*\\))?(?:[\\s-]*(?:years?|yrs?)(?:[\\s-]*old)?)?";
	private static final String AGE_ES = "(?:\\(\\s*)?(?:de\\s+)?(?:edad\\s+(?:de\\s+)?)?" + NUMBER_ES
			+ "(?:\\s*\\))?(?:\\s+años(?:\\s+de\\s+edad)?)?";

	private static final List<Pattern> RELATIONSHIPS = List.of(
			Pattern.compile(
					"\\b" + OWNER_EN + "\\s+" + SIZE_EN + RELATION_EN + NAME_WORD
							+ "\\s*,?\\s*(?:who\\s+is\\s+|is\\s+|was\\s+)?" + AGE_EN + "(?![\\p{L}\\d])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
			Pattern.compile(
					"\\b(?:" + OWNER_EN + "\\s+)?" + NUMBER_EN + "[\\s-]*(?:years?|yrs?)[\\s-]*old\\s+" + RELATION_EN
							+ NAME_WORD + "\\b",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
			Pattern.compile(
					"(?<!\\p{L})" + OWNER_ES + "\\s+" + RELATION_ES + SIZE_ES + "(?:\\s+de)?" + NAME_WORD
							+ "\\s*,?\\s*(?:que\\s+tiene\\s+|tiene\\s+)?" + AGE_ES + "(?!\\p{L})",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{6,}\\d");

	private IdentifyingPhrases() {
	}

	static List<Span> in(String text) {
		List<Span> spans = new ArrayList<>();
		RELATIONSHIPS.forEach(pattern -> add(spans, pattern.matcher(text), Party.CHILD.mark(), Removal.RELATIONSHIP));
		add(spans, EMAIL.matcher(text), "[contact]", Removal.CONTACT);
		add(spans, PHONE.matcher(text), "[contact]", Removal.CONTACT);
		return spans;
	}

	private static void add(List<Span> spans, Matcher matcher, String mark, String reason) {
		while (matcher.find()) {
			spans.add(new Span(matcher.start(), matcher.end(), mark, reason));
		}
	}
}
