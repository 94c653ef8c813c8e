package org.leoprotocol.conflicts;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.MessageSourceResolvable;

/**
 * An act let through because it could not wait, as a flagged action keeps it: Leo's sentence
 * {@code conflicts.noted|what|time|argument…}, where {@code what} is the key of the act (an arrival dispatched, a step
 * done) with its arguments, so that the case page says "step ENGAGE_PERSON done at 10:03" in its reader's language.
 * Acts flagged before Leo kept sentences were kept as English text ("step ENGAGE_PERSON done at 2026-…Z"), and the
 * table is append-only: such a line, and a decision another module names in its own words, is read as written.
 *
 * <p>
 * An act that concerns one code (the finding, the decision, the personnel action, the step) is said by the act's key
 * followed by the code where the bundle has it ({@code conflicts.act.finding.SUSTAINED}: "Final finding: sustained"),
 * so no code is shown inside a translated sentence; a code the bundle does not know (a step an agency added to its
 * protocol) is named by the act's own key with the code as written.
 */
final class NotedAct {

	private static final String KEY = "conflicts.noted";

	private NotedAct() {
	}

	/** The act {@code what} taken at {@code at}, as the flagged action's column keeps it. */
	static String stored(Sentence what, Instant at) {
		Object[] parts = new Object[what.arguments().size() + 2];
		parts[0] = what.key();
		parts[1] = at;
		for (int i = 0; i < what.arguments().size(); i++) {
			parts[i + 2] = what.arguments().get(i);
		}
		return Sentence.ofText(KEY, parts).stored();
	}

	/** The sentence a kept action says, with its time as {@code time} gives it; empty for an action kept as text. */
	static Optional<Sentence> said(String action, Function<Instant, String> time) {
		if (action == null || !action.startsWith(KEY + "|")) {
			return Optional.empty();
		}
		Sentence kept = Sentence.read(action);
		if (kept.arguments().size() < 2) {
			return Optional.empty();
		}
		String at = kept.arguments().get(1).toString();
		Act what = new Act(kept.arguments().get(0).toString(), kept.arguments().subList(2, kept.arguments().size()));
		return Optional.of(Sentence.of(KEY, what, stamp(at, time)));
	}

	/** The act as its key and arguments: the first argument, when there is one, is the code the act concerns. */
	private record Act(String key, List<Object> arguments) implements MessageSourceResolvable {

		@Override
		public String[] getCodes() {
			return arguments.isEmpty() ? new String[] { key } : new String[] { key + "." + arguments.get(0), key };
		}

		@Override
		public Object[] getArguments() {
			return arguments.toArray();
		}

		@Override
		public String getDefaultMessage() {
			return new Sentence(key, arguments).stored();
		}
	}

	private static String stamp(String at, Function<Instant, String> time) {
		try {
			return time.apply(Instant.parse(at));
		}
		catch (DateTimeParseException unreadable) {
			return at;
		}
	}
}
