package org.leoprotocol.protocol.definition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * One step of a protocol version: what to do, who does it, by when after which anchor event, the escalation chain when
 * the deadline passes, and the policy or statute the step comes from.
 *
 * @param underAge when set, the step applies only to people younger than this (or of unknown age)
 * @param completedBy the event that completes the step by itself, or {@code null} when someone records it
 */
@org.springframework.modulith.NamedInterface("definition")
public record ProtocolStep(String code, int position, String title, String instruction, Role actingRole, Anchor anchor,
		Duration deadline, Set<IncidentKind> appliesTo, Integer underAge, CompletingEvent completedBy, String source,
		List<EscalationLevel> escalations) {

	static final Set<Role> ACTING_ROLES = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.COMMAND);
	static final Duration LONGEST_DELAY = Duration.ofDays(30);

	public ProtocolStep {
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,63}")) {
			throw new InvalidInput("protocol.step.code.invalid", code);
		}
		require(title, code, new Phrase("word.step.title"));
		require(instruction, code, new Phrase("word.step.instruction"));
		require(source, code, new Phrase("word.step.source"));
		if (actingRole == null || !ACTING_ROLES.contains(actingRole)) {
			throw new InvalidInput("protocol.step.role.invalid", code, actingRoles());
		}
		if (anchor == null) {
			throw new InvalidInput("protocol.step.anchor.missing", code);
		}
		if (deadline == null || deadline.isNegative() || deadline.compareTo(LONGEST_DELAY) > 0) {
			throw new InvalidInput("protocol.step.deadline.invalid", code);
		}
		if (underAge != null && (underAge < 1 || underAge > 130)) {
			throw new InvalidInput("protocol.step.age.invalid", code);
		}
		if (appliesTo == null || appliesTo.isEmpty() || appliesTo.stream().anyMatch(Objects::isNull)) {
			throw new InvalidInput("protocol.step.kinds.missing", code);
		}
		appliesTo = Set.copyOf(EnumSet.copyOf(appliesTo));
		escalations = checkedChain(code, escalations);
	}

	public boolean appliesTo(IncidentKind kind, Integer age) {
		return appliesTo.contains(kind) && (underAge == null || age == null || age < underAge);
	}

	/** The roles that may act on a step or be notified by it, said as words in the reader's language. */
	static Sentence actingRoles() {
		return Sentence.of("word.roles.acting",
				ACTING_ROLES.stream().map(role -> Phrase.of("word.role.", role)).toArray());
	}

	private static void require(String text, String code, Phrase what) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("protocol.step.text.missing", code, what);
		}
	}

	private static List<EscalationLevel> checkedChain(String code, List<EscalationLevel> chain) {
		if (chain == null || chain.isEmpty() || chain.stream().anyMatch(Objects::isNull)) {
			throw new InvalidInput("protocol.step.escalation.missing", code);
		}
		List<EscalationLevel> sorted = new ArrayList<>(chain);
		sorted.sort((a, b) -> Integer.compare(a.level(), b.level()));
		for (int i = 0; i < sorted.size(); i++) {
			if (sorted.get(i).level() != i + 1) {
				throw new InvalidInput("protocol.step.escalation.gap", code);
			}
			if (i > 0 && sorted.get(i).after().compareTo(sorted.get(i - 1).after()) < 0) {
				throw new InvalidInput("protocol.step.escalation.order", code);
			}
		}
		return List.copyOf(sorted);
	}
}
