package org.leoprotocol.protocol.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.MessageSource;

/**
 * A timeline entry's detail as a reader reads it. Leo keeps its own sentence about an entry as a key with its arguments
 * as text ({@link TimelineDetail}); here the arguments that are words of Leo's vocabulary (the kind of incident, the
 * priority, a decision, a role) become those words in the reader's language, and a finding named by an entry becomes
 * the finding's own sentence. What a person typed is given apart, to be shown as typed.
 */
final class TimelineSayings {

	private static final String KEYS = TimelineDetail.KEYS;

	private static final Map<Integer, String> REPORTED = Map.of(0, "protocol-acts.kind.", 2, "incident-page.priority.");

	private static final String ROLE = "protocol-acts.draft.role.";

	private static final String RUNG = KEYS + "rung.";

	private static final Map<Integer, String> RELEASED = Map.of(3, "incident-page.recognition.", 4,
			KEYS + "custody.");

	/** For each sentence, the words among its arguments: the argument's place and the first part of its key. */
	private static final Map<String, Map<Integer, String>> WORDS = Map.ofEntries(
			Map.entry(KEYS + "reported", REPORTED), Map.entry(KEYS + "reported.cad", REPORTED),
			Map.entry(KEYS + "decision", Map.of(0, "protocol-acts.decision.")),
			Map.entry(KEYS + "released", RELEASED), Map.entry(KEYS + "released.confirmed", RELEASED),
			Map.entry(KEYS + "escalation.cad", Map.of(1, ROLE)), Map.entry(KEYS + "escalation.raised", Map.of(1, ROLE)),
			Map.entry(KEYS + "escalation.passed", Map.of(2, RUNG)),
			Map.entry(KEYS + "escalation.passed.nobody", Map.of(2, RUNG)),
			Map.entry(KEYS + "reached.unassigned", Map.of(1, RUNG)),
			Map.entry(KEYS + "reached.unassigned.nobody", Map.of(0, RUNG)),
			Map.entry(KEYS + "completed", Map.of(0, KEYS + "completed.")));

	/**
	 * For each sentence naming another (a finding, who an escalation reached), the place of the argument where the
	 * other sentence's key is, its arguments after it.
	 */
	private static final Map<String, Integer> NESTED = Map.of(KEYS + "finding", 0,
			KEYS + "finding.withdrawn.amendment", 0, KEYS + "finding.withdrawn.footage", 1, KEYS + "escalation.raised",
			3);

	private TimelineSayings() {
	}

	/** Leo's sentence on the entry, its words said in the reader's language; none if a person typed the detail. */
	static Optional<Sentence> said(String detail) {
		return TimelineDetail.sentence(detail).map(TimelineSayings::worded);
	}

	/** What a person typed on the entry, or nothing. */
	static String typed(String detail) {
		return TimelineDetail.typed(detail).orElse("");
	}

	/** The detail in English, as the API gives it: Leo's sentence, then what was typed after a colon. */
	static String english(String detail, MessageSource messages) {
		Optional<String> said = said(detail).map(sentence -> messages.getMessage(sentence, Locale.ENGLISH));
		Optional<String> typed = TimelineDetail.typed(detail);
		if (said.isEmpty()) {
			return typed.orElse(null);
		}
		return said.get() + typed.map(text -> ": " + text).orElse("");
	}

	private static Sentence worded(Sentence stored) {
		Map<Integer, String> words = WORDS.getOrDefault(stored.key(), Map.of());
		int nested = NESTED.getOrDefault(stored.key(), -1);
		List<Object> arguments = new ArrayList<>();
		for (int i = 0; i < stored.arguments().size(); i++) {
			String argument = stored.arguments().get(i).toString();
			if (i == nested) {
				List<Object> rest = stored.arguments().subList(i + 1, stored.arguments().size());
				arguments.add(worded(new Sentence(argument, rest)));
				break;
			}
			arguments.add(words.containsKey(i) ? new Phrase(words.get(i) + argument) : argument);
		}
		return new Sentence(stored.key(), arguments);
	}
}
