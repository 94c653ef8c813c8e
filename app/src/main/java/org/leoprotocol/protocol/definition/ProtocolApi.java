package org.leoprotocol.protocol.definition;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Protocol versions over JSON: every staff member may read them; command and administrators publish new ones. */
@RestController
@RequestMapping("/api/v1/protocols")
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','INVESTIGATOR','REVIEW_BOARD','COMMAND','ADMIN')")
class ProtocolApi {

	private final Protocols protocols;

	ProtocolApi(Protocols protocols) {
		this.protocols = protocols;
	}

	@GetMapping
	List<VersionRecord> versions() {
		return protocols.versions().stream().map(VersionRecord::of).toList();
	}

	@GetMapping("/current")
	VersionRecord current() {
		return VersionRecord.of(protocols.current());
	}

	@GetMapping("/{version}")
	VersionRecord version(@PathVariable int version) {
		return VersionRecord.of(protocols.version(version));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COMMAND','ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	VersionRecord publish(@RequestBody PublishRequest request, Actor actor) {
		if (request == null || request.steps() == null) {
			throw new InvalidInput("protocol.api.version.missing");
		}
		return VersionRecord.of(protocols.publish(request.name(), request.notes(),
				request.steps().stream().map(StepDefinition::toStep).toList(), actor));
	}

	record PublishRequest(String name, String notes, List<StepDefinition> steps) {
	}

	/** A level of a step's chain; {@code acknowledgeWithinSeconds} left out means the default for the role. */
	record LevelDefinition(int level, Role notified, long afterSeconds, Long acknowledgeWithinSeconds) {

		EscalationLevel toLevel() {
			return acknowledgeWithinSeconds == null
					? new EscalationLevel(level, notified, Duration.ofSeconds(afterSeconds))
					: new EscalationLevel(level, notified, Duration.ofSeconds(afterSeconds),
							Duration.ofSeconds(acknowledgeWithinSeconds));
		}

		static LevelDefinition of(EscalationLevel level) {
			return new LevelDefinition(level.level(), level.notified(), level.after().toSeconds(),
					level.acknowledgeWithin() == null ? null : level.acknowledgeWithin().toSeconds());
		}
	}

	record StepDefinition(String code, int position, String title, String instruction, Role actingRole, Anchor anchor,
			Long deadlineSeconds, Set<IncidentKind> appliesTo, Integer underAge, CompletingEvent completedBy,
			String source,
			List<LevelDefinition> escalations) {

		ProtocolStep toStep() {
			if (deadlineSeconds == null) {
				throw new InvalidInput("protocol.api.deadline.missing", code);
			}
			return new ProtocolStep(code, position, title, instruction, actingRole, anchor,
					Duration.ofSeconds(deadlineSeconds),
					appliesTo, underAge, completedBy, source,
					escalations == null ? null : escalations.stream().map(LevelDefinition::toLevel).toList());
		}

		static StepDefinition of(ProtocolStep step) {
			return new StepDefinition(step.code(), step.position(), step.title(), step.instruction(), step.actingRole(),
					step.anchor(), step.deadline().toSeconds(), step.appliesTo(), step.underAge(), step.completedBy(),
					step.source(), step.escalations().stream().map(LevelDefinition::of).toList());
		}
	}

	record VersionRecord(int version, String name, java.time.Instant publishedAt, String publishedBy, String notes,
			List<StepDefinition> steps) {

		static VersionRecord of(ProtocolVersion version) {
			return new VersionRecord(version.version(), version.name(), version.publishedAt(), version.publishedBy(),
					version.notes(), version.steps().stream().map(StepDefinition::of).toList());
		}
	}
}
