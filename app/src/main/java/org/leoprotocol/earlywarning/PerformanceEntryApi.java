package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.earlywarning.rules.RuleSetting;
import org.leoprotocol.earlywarning.rules.RuleSettingDesk;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What early warning counts, entered over JSON by other systems and staff: protocol findings and commendations
 * (supervisors, command, administrators), allegations with their findings (investigators, command, administrators), and
 * the rules' settings (read by every early-warning reader, changed by command). Each entry answers with the flag the
 * officer now has under review, if any.
 */
@RestController
@RequestMapping(EarlyWarningApi.BASE)
@PreAuthorize(EarlyWarningApi.READERS)
class PerformanceEntryApi {

	private final PerformanceEntries entries;
	private final RuleSettingDesk ruleSettings;

	PerformanceEntryApi(PerformanceEntries entries, RuleSettingDesk ruleSettings) {
		this.entries = entries;
		this.ruleSettings = ruleSettings;
	}

	/** A finding of Leo's Protocol against a roster officer, such as "on scene 11:42 before first engagement". */
	record ProtocolFindingRequest(OfficerId officer, LocalDate occurredOn, String kind, String description,
			String reference) {
	}

	@PostMapping("/protocol-findings")
	@PreAuthorize(EarlyWarningApi.RECORDERS)
	Optional<Flag> protocolFinding(@RequestBody ProtocolFindingRequest request, Actor actor) {
		if (request == null) {
			throw new InvalidInput("earlywarning.request.protocol-finding");
		}
		return entries.recordProtocolFinding(request.officer(), request.occurredOn(), request.kind(),
				request.description(),
				request.reference(), actor);
	}

	@PostMapping("/allegations")
	@PreAuthorize("hasAnyRole('INVESTIGATOR','COMMAND','ADMIN')")
	Optional<Flag> allegation(@RequestBody NewAllegation allegation, Actor actor) {
		return entries.recordAllegation(allegation, actor);
	}

	/** A commendation of a roster officer, from a member of the public or the agency. */
	record CommendationRequest(OfficerId officer, LocalDate receivedOn, String description, String source) {
	}

	@PostMapping("/commendations")
	@PreAuthorize(EarlyWarningApi.RECORDERS)
	void commendation(@RequestBody CommendationRequest request, Actor actor) {
		if (request == null) {
			throw new InvalidInput("earlywarning.request.commendation");
		}
		entries.recordCommendation(request.officer(), request.receivedOn(), request.description(),
				request.source(), actor);
	}

	@GetMapping("/rules")
	List<RuleSetting> rules() {
		return ruleSettings.settings();
	}

	@PutMapping("/rules/{rule}")
	@PreAuthorize("hasAnyRole('COMMAND','ADMIN')")
	RuleSetting changeRule(@PathVariable String rule, @RequestBody RuleSetting setting, Actor actor) {
		if (setting == null) {
			throw new InvalidInput("earlywarning.request.rule");
		}
		return ruleSettings.changeSetting(
				new RuleSetting(rule, setting.enabled(), setting.threshold(), setting.windowMonths()),
				actor);
	}
}
