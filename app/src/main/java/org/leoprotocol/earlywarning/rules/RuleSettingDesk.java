package org.leoprotocol.earlywarning.rules;

import java.time.Clock;
import java.util.List;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early-warning rules' settings: whether each rule is on, its threshold and its window. A change is audited and
 * re-evaluates every officer under the new setting at once, so the flags always follow the rules as they stand.
 */
@Service
public class RuleSettingDesk {

	private final RuleSettings settings;
	private final EarlyWarning earlyWarning;
	private final AuditTrail audit;
	private final Clock clock;

	RuleSettingDesk(RuleSettings settings, EarlyWarning earlyWarning, AuditTrail audit, Clock clock) {
		this.settings = settings;
		this.earlyWarning = earlyWarning;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every rule's setting as it stands. */
	public List<RuleSetting> settings() {
		return settings.all();
	}

	/** Changes a rule's setting and re-evaluates every officer under it. */
	@Transactional
	public RuleSetting changeSetting(RuleSetting setting, Actor actor) {
		settings.update(setting, actor, clock.instant());
		audit.access(AuditAction.UPDATE, EarlyWarning.COMPONENT, RecordReference.of("RuleSetting", setting.rule()),
				Sentence.of(setting.enabled() ? "audit.detail.rule.on" : "audit.detail.rule.off",
						String.valueOf(setting.threshold()), String.valueOf(setting.windowMonths())));
		earlyWarning.recomputeAll();
		return setting;
	}
}
