package org.leoprotocol.training;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.training.web.TrainingRoutes;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The training API: modules, an officer's own acknowledgement, and compliance by chain of command. */
@RestController
class TrainingApi {

	private final Training training;

	TrainingApi(Training training) {
		this.training = training;
	}

	@GetMapping(TrainingRoutes.API + "/modules")
	List<TrainingModule> modules() {
		return training.modules();
	}

	@PostMapping(TrainingRoutes.API + "/modules")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(TrainingController.CREATORS)
	TrainingModule create(@RequestBody NewTrainingModule request, Authentication user) {
		return training.create(request, user.getName());
	}

	/** The signed-in officer's modules with their acknowledgement dates. */
	@GetMapping(TrainingRoutes.API + "/mine")
	List<OfficerTraining> mine(Authentication user) {
		return training.mine(user.getName());
	}

	@PostMapping(TrainingRoutes.API + "/modules/{id}/acknowledgement")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void acknowledge(@PathVariable UUID id, Authentication user) {
		training.acknowledge(id, user.getName());
	}

	@GetMapping(TrainingRoutes.API + "/modules/{id}/compliance")
	@PreAuthorize(TrainingController.COMPLIANCE_READERS)
	Compliance compliance(@PathVariable UUID id, Authentication user) {
		return training.compliance(id, user.getName(), seesEveryUnit(user));
	}

	static boolean seesEveryUnit(Authentication user) {
		return has(user, "ROLE_COMMAND");
	}

	static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}
}
