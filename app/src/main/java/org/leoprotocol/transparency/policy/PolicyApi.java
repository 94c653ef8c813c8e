package org.leoprotocol.transparency.policy;

import java.util.List;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.transparency.PolicyChange;
import org.leoprotocol.transparency.PolicyField;
import org.leoprotocol.transparency.PolicyMode;
import org.leoprotocol.transparency.PublicationPolicy;
import org.leoprotocol.transparency.web.TransparencyRoutes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The publication policy as JSON for command staff and administrators; a change is audited. */
@RestController
@PreAuthorize(PolicyController.MAY_CHANGE_POLICY)
class PolicyApi {

	private final PublicationPolicy policy;

	PolicyApi(PublicationPolicy policy) {
		this.policy = policy;
	}

	/** The body of a change: the new mode. */
	record ModeChange(PolicyMode mode) {
	}

	@GetMapping(TransparencyRoutes.POLICY_API)
	List<PolicyChange> current() {
		return policy.current();
	}

	@PutMapping(TransparencyRoutes.POLICY_API + "/{field}")
	PolicyChange change(@PathVariable PolicyField field, @RequestBody ModeChange change, Actor actor) {
		return policy.change(field, change == null ? null : change.mode(), actor);
	}
}
