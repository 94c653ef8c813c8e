package org.leoprotocol.protocol.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.triage.PriorityReason;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.Phrase;

/**
 * A priority reason as the incident page says it. Triage keeps each reason as the English line its policy wrote ("HIGH:
 * child aged 4, 13 or younger (NCMEC unusual circumstance 1)"), the line the API answers; the page reads the line back
 * into the message it stands for: the priority as a word, the risk factors it names as the words the new-incident form
 * uses, the policy's other reasons and their sources by their keys. A line no policy writes any more (or one brought in
 * from another system) is said as it was recorded.
 */
final class PrioritySayings {

	private static final Pattern YOUNG_CHILD = Pattern.compile("child aged (\\d+), 13 or younger");

	private static final Pattern NCMEC = Pattern.compile("NCMEC unusual circumstance (\\d+)");

	private static final Map<String, String> REASONS = Map.of("missing and under 21", "incident-page.reason.under-21",
			"disoriented", "incident-page.reason.disoriented", "medical emergency",
			"incident-page.reason.medical-emergency", "injured, needs medical attention",
			"incident-page.reason.injured");

	private static final String CIRCUMSTANCES = "NCMEC unusual circumstances 2, 7, 9; College of Policing APP";

	private PrioritySayings() {
	}

	static Sentence said(PriorityReason reason) {
		Phrase priority = Phrase.of("incident-page.priority.", reason.priority());
		if (reason.source().isEmpty()) {
			return Sentence.of("incident-page.priority.reason.unsourced", priority, what(reason.reason()));
		}
		return Sentence.of("incident-page.priority.reason", priority, what(reason.reason()), source(reason.source()));
	}

	private static Object what(String reason) {
		Matcher child = YOUNG_CHILD.matcher(reason);
		if (child.matches()) {
			return Sentence.of("incident-page.reason.young-child", child.group(1));
		}
		if (REASONS.containsKey(reason)) {
			return new Phrase(REASONS.get(reason));
		}
		return risks(reason).orElse(reason);
	}

	/** Risk factors named by their labels, one after another, as the circumstance policy joins them. */
	private static Optional<Object> risks(String reason) {
		List<RiskFactor> named = new ArrayList<>();
		String rest = reason;
		while (!rest.isEmpty()) {
			String left = rest;
			Optional<RiskFactor> next = Arrays.stream(RiskFactor.values())
				.filter(risk -> left.equals(risk.label()) || left.startsWith(risk.label() + ", "))
				.max(Comparator.comparingInt(risk -> risk.label().length()));
			if (next.isEmpty()) {
				return Optional.empty();
			}
			named.add(next.get());
			rest = rest.substring(Math.min(rest.length(), next.get().label().length() + 2));
		}
		return named.stream().<Object>map(risk -> Phrase.of("protocol-acts.risk.", risk))
			.reduce((first, second) -> Sentence.of("incident-page.reason.both", first, second));
	}

	private static Object source(String source) {
		Matcher ncmec = NCMEC.matcher(source);
		if (ncmec.matches()) {
			return Sentence.of("incident-page.source.ncmec", ncmec.group(1));
		}
		return CIRCUMSTANCES.equals(source) ? new Phrase("incident-page.source.circumstances") : source;
	}
}
