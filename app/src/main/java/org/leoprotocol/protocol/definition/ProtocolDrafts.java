package org.leoprotocol.protocol.definition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.incident.PageInput;
import org.leoprotocol.protocol.web.ProtocolDraft;
import org.leoprotocol.protocol.web.Choices;
import org.leoprotocol.protocol.web.LevelDraft;
import org.leoprotocol.protocol.web.StepDraft;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.Refusal;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;

import org.springframework.util.MultiValueMap;

/**
 * Moves a protocol version between its steps and the publication form: the current version as a draft, the posted
 * fields as a draft, and a draft back into {@link ProtocolStep}s, which apply the same rules as every other way of
 * publishing. A step is refused on its own, so that its reason can be shown next to it.
 */
final class ProtocolDrafts {

	static final Choices CHOICES = new Choices(codes(ProtocolStep.ACTING_ROLES.stream()),
			codes(Arrays.stream(Anchor.values())),
			codes(Arrays.stream(IncidentKind.values())), codes(Arrays.stream(CompletingEvent.values())));

	private ProtocolDrafts() {
	}

	static ProtocolDraft of(ProtocolVersion version) {
		return new ProtocolDraft(version.name(), "", version.steps().stream().map(ProtocolDrafts::step).toList(), null,
				CHOICES);
	}

	/** The draft as posted: fields named {@code step-0-title}, {@code step-0-level-0-role} and so on. */
	static ProtocolDraft read(MultiValueMap<String, String> form) {
		List<StepDraft> steps = new ArrayList<>();
		for (int i = 0; form.containsKey("step-" + i + "-code"); i++) {
			steps.add(step(form, "step-" + i + "-"));
		}
		return new ProtocolDraft(text(form, "name"), text(form, "notes"), steps, null, CHOICES);
	}

	/** Applies the protocol's rules to each step kept in the draft, numbering them in the order shown. */
	static Checked check(List<StepDraft> drafts, Function<Refusal, String> said) {
		List<StepDraft> checked = new ArrayList<>();
		List<ProtocolStep> steps = new ArrayList<>();
		for (StepDraft draft : drafts) {
			try {
				if (!draft.leftOut()) {
					steps.add(step(draft, steps.size() + 1));
				}
				checked.add(draft);
			}
			catch (InvalidInput | WrongState refused) {
				checked.add(draft.refused(said.apply(refused)));
			}
		}
		return new Checked(checked, steps);
	}

	/** The drafts as checked, a refused one carrying its reason, and the steps the accepted ones make. */
	record Checked(List<StepDraft> drafts, List<ProtocolStep> steps) {

		boolean refused() {
			return drafts.stream().anyMatch(draft -> draft.problem() != null);
		}
	}

	private static ProtocolStep step(StepDraft draft, int position) {
		String code = draft.code().strip();
		Set<IncidentKind> kinds = EnumSet.noneOf(IncidentKind.class);
		draft.appliesTo().forEach(kind -> kinds
			.add(PageInput.choice(IncidentKind.class, kind, new Phrase("word.field.kind-of-incident"))));
		List<EscalationLevel> chain = new ArrayList<>();
		for (LevelDraft level : draft.levels()) {
			if (!PageInput.blank(level.role())) {
				chain.add(new EscalationLevel(chain.size() + 1,
						PageInput.choice(Role.class, level.role(), new Phrase("word.field.role-to-notify")),
						duration(code, new Phrase("word.draft.escalation-delay"), level.afterMinutes(),
								level.afterSeconds())));
			}
		}
		return new ProtocolStep(code, position, draft.title(), draft.instruction(),
				PageInput.choice(Role.class, draft.actingRole(), new Phrase("word.field.role-who-acts")),
				PageInput.choice(Anchor.class, draft.anchor(), new Phrase("word.field.anchor")),
				duration(code, new Phrase("word.draft.deadline"), draft.deadlineMinutes(), draft.deadlineSeconds()),
				kinds,
				PageInput.age(draft.underAge()),
				PageInput.blank(draft.completedBy()) ? null
						: PageInput.choice(CompletingEvent.class, draft.completedBy(),
								new Phrase("word.field.completing-event")),
				draft.source(), chain);
	}

	private static Duration duration(String code, Phrase what, String minutes, String seconds) {
		return Duration.ofMinutes(whole(code, what, new Phrase("word.draft.minutes"), minutes))
			.plusSeconds(whole(code, what, new Phrase("word.draft.seconds"), seconds));
	}

	private static long whole(String code, Phrase what, Phrase unit, String value) {
		if (PageInput.blank(value)) {
			return 0;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("protocol.draft.number.invalid", code, what, unit, value);
		}
	}

	private static StepDraft step(ProtocolStep step) {
		List<LevelDraft> levels = new ArrayList<>(step.escalations().stream()
			.map(level -> new LevelDraft(level.notified().name(),
					String.valueOf(level.after().toMinutes()), String.valueOf(level.after().toSecondsPart())))
			.toList());
		levels.add(LevelDraft.blank());
		return new StepDraft(step.code(), step.title(), step.instruction(), step.actingRole().name(),
				step.anchor().name(),
				String.valueOf(step.deadline().toMinutes()), String.valueOf(step.deadline().toSecondsPart()),
				step.appliesTo().stream().map(Enum::name).sorted().toList(),
				step.underAge() == null ? "" : step.underAge().toString(),
				step.completedBy() == null ? "" : step.completedBy().name(), step.source(), levels, false, null);
	}

	private static StepDraft step(MultiValueMap<String, String> form, String prefix) {
		List<LevelDraft> levels = new ArrayList<>();
		for (int j = 0; form.containsKey(prefix + "level-" + j + "-role"); j++) {
			String level = prefix + "level-" + j + "-";
			levels.add(new LevelDraft(text(form, level + "role"), text(form, level + "minutes"),
					text(form, level + "seconds")));
		}
		if (levels.isEmpty() || !PageInput.blank(levels.get(levels.size() - 1).role())) {
			levels.add(LevelDraft.blank());
		}
		List<String> kinds = form.getOrDefault(prefix + "applies-to", List.of());
		return new StepDraft(text(form, prefix + "code"), text(form, prefix + "title"),
				text(form, prefix + "instruction"),
				text(form, prefix + "acting-role"), text(form, prefix + "anchor"),
				text(form, prefix + "deadline-minutes"),
				text(form, prefix + "deadline-seconds"), List.copyOf(kinds), text(form, prefix + "under-age"),
				text(form, prefix + "completed-by"), text(form, prefix + "source"), levels,
				form.containsKey(prefix + "left-out"), null);
	}

	private static String text(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return value == null ? "" : value;
	}

	private static List<String> codes(Stream<? extends Enum<?>> values) {
		return values.map(Enum::name).toList();
	}
}
