package org.leoprotocol.protocol.definition;

import java.util.List;

import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.clock.Durations;
import org.leoprotocol.protocol.web.ProtocolDraft;
import org.leoprotocol.protocol.web.ProtocolPage;
import org.leoprotocol.protocol.web.ProtocolPage.Level;
import org.leoprotocol.protocol.web.ProtocolPage.StepRow;
import org.leoprotocol.protocol.web.ProtocolPage.VersionRow;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The protocol page: what each published version asks of whom and by when, with the policy or statute behind every
 * step. Command staff and administrators also see the form that drafts the next version from the current one
 * ({@link ProtocolPublicationController}); everyone else reads.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','INVESTIGATOR','REVIEW_BOARD','COMMAND','ADMIN')")
class ProtocolController {

	static final String PUBLISHERS = "hasAnyRole('COMMAND','ADMIN')";

	private final Protocols protocols;
	private final AgencyTime agencyTime;

	ProtocolController(Protocols protocols, AgencyTime agencyTime) {
		this.protocols = protocols;
		this.agencyTime = agencyTime;
	}

	@GetMapping(ProtocolPage.PATH)
	String protocol(@RequestParam(required = false) Integer version, Actor actor, Model model) {
		boolean publisher = actor.hasAny(Role.COMMAND, Role.ADMIN);
		return show(version, publisher ? ProtocolDrafts.of(protocols.current()) : null, model);
	}

	/** The page with the version asked for (the current one by default) and, for publishers, the draft of the next. */
	String show(Integer version, ProtocolDraft draft, Model model) {
		ProtocolVersion current = protocols.current();
		ProtocolVersion shown = version == null ? current : protocols.version(version);
		List<VersionRow> versions = protocols.versions().stream().map(v -> new VersionRow(v.version(), v.name(),
				agencyTime.stamp(v.publishedAt()), v.publishedBy(), v.version() == current.version()))
			.toList();
		model.addAttribute("view", new ProtocolPage(versions, shown.version(), shown.name(),
				shown.notes() == null ? "" : shown.notes(),
				shown.steps().stream().map(ProtocolController::row).toList()));
		model.addAttribute("draft", draft);
		return "protocols/protocol";
	}

	/** The step in codes and clock readings; the page says each code in the reader's language. */
	private static StepRow row(ProtocolStep step) {
		List<Level> chain = step.escalations().stream()
			.map(level -> new Level(level.notified().name(),
					level.after().isZero() ? null : Durations.clock(level.after())))
			.toList();
		return new StepRow(step.position(), step.code(), step.title(), step.instruction(),
				step.actingRole().name(), Durations.clock(step.deadline()), step.anchor().name(),
				step.appliesTo().stream().sorted().map(Enum::name).toList(), step.underAge(),
				step.completedBy() == null ? null : step.completedBy().name(), chain, step.source());
	}
}
